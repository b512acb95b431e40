# frozen_string_literal: true

require "cases/helper"

module ActiveRecord
  module ConnectionAdapters
    class ReaperTest < ActiveRecord::TestCase
      include ActiveRecord::TestCase::WaitForTestHelper

      class FakePool
        attr_reader :reaped
        attr_reader :flushed

        def initialize(discarded: false)
          @reaped = false
          @discarded = discarded
        end

        def reap
          @reaped = true
        end

        def flush
          @flushed = true
        end

        def discard!
          @discarded = true
        end

        def discarded?
          @discarded
        end

        def prepopulate
        end

        def preconnect
        end

        def keep_alive
        end

        def retire_old_connections
        end

        def maintainable?
          !discarded? && !flushed && !reaped
        end

        def reaper_lock
          yield
        end
      end

      # A reaper with nil time should never reap connections
      def test_nil_time
        fp = FakePool.new
        assert_not fp.reaped
        reaper = ConnectionPool::Reaper.new(fp, nil)
        reaper.run
        assert_not fp.reaped
      ensure
        fp.discard!
      end

      def test_some_time
        fp = FakePool.new
        assert_not fp.reaped

        reaper = ConnectionPool::Reaper.new(fp, 0.0001)
        reaper.run
        wait_for(message: "fake pool was not flushed") { fp.flushed }
        assert fp.reaped
        assert fp.flushed
      ensure
        fp.discard!
      end

      def test_pool_has_reaper
        config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        pool_config = PoolConfig.new(ActiveRecord::Base, config, :writing, :default)
        pool = ConnectionPool.new(pool_config)

        assert pool.reaper
      ensure
        pool.discard!
      end

      def test_reaping_frequency_configuration
        pool_config = duplicated_pool_config(reaping_frequency: "10.01")
        pool = ConnectionPool.new(pool_config)

        assert_equal 10.01, pool.reaper.frequency
      ensure
        pool.discard!
      end

      def test_connection_pool_starts_reaper
        pool_config = duplicated_pool_config(reaping_frequency: "0.0001")
        pool = ConnectionPool.new(pool_config)

        conn, child = new_conn_in_thread(pool)

        assert_predicate conn, :in_use?

        child.terminate

        wait_for_conn_idle(conn)
        assert_not_predicate conn, :in_use?
      ensure
        pool.discard!
      end

      def test_reaper_works_after_pool_discard
        pool_config = duplicated_pool_config(reaping_frequency: "0.0001")

        2.times do
          pool = ConnectionPool.new(pool_config)

          conn, child = new_conn_in_thread(pool)

          assert_predicate conn, :in_use?

          child.terminate

          wait_for_conn_idle(conn)
          assert_not_predicate conn, :in_use?

          pool.discard!
        end
      end

      # This doesn't test the reaper directly, but we want to test the action
      # it would take on a discarded pool
      def test_reap_flush_on_discarded_pool
        pool_config = duplicated_pool_config
        pool = ConnectionPool.new(pool_config)

        pool.discard!
        assert_nothing_raised do
          pool.reap
          pool.flush
        end
      end

      if Process.respond_to?(:fork)
        def test_connection_pool_starts_reaper_in_fork
          pool_config = duplicated_pool_config(reaping_frequency: "0.0001", gssencmode: "disable")
          pool = ConnectionPool.new(pool_config)
          pool.checkout

          # We currently have a bug somewhere which leads for this test case to be deadlocked
          # and timeout after 30 minutes on the CI. Until that bug is fixed, this test is made
          # to timeout after a short period of time to reduce the damage.
          reader, writer = IO.pipe

          pid = fork do
            reader.close
            pool = ConnectionPool.new(pool_config)

            conn, child = new_conn_in_thread(pool)
            child.terminate

            wait_for_conn_idle(conn)
            writer.close
            if conn.in_use?
              exit!(1)
            else
              exit!(0)
            end
          end

          writer.close
          completed = reader.wait_readable(20)
          reader.close
          unless completed
            Process.kill("ABRT", pid)
          end
          _, status = Process.wait2(pid)
          assert_predicate status, :success?
        ensure
          pool.discard!
        end
      end

      def test_reaper_does_not_reap_discarded_connection_pools
        discarded_pool = FakePool.new(discarded: true)
        pool = FakePool.new
        frequency = 0.001

        ConnectionPool::Reaper.new(discarded_pool, frequency).run
        ConnectionPool::Reaper.new(pool, frequency).run

        wait_for(message: "pool was not flushed") { pool.flushed }

        assert_not discarded_pool.reaped
        assert pool.reaped
      ensure
        pool.discard!
      end

      def test_discard_pool_removes_pool_from_registry
        pool_config = duplicated_pool_config(reaping_frequency: "0.1")
        pool = ConnectionPool.new(pool_config)

        assert ConnectionPool::Reaper.instance_variable_get(:@pools).any? { |_, refs|
          refs.any? { |ref| ref.__getobj__ == pool rescue false }
        }, "pool should be registered with the reaper"

        pool.discard!

        assert ConnectionPool::Reaper.instance_variable_get(:@pools).none? { |_, refs|
          refs.any? { |ref| ref.__getobj__ == pool rescue false }
        }, "pool should be removed from reaper registry after discard!"
      end

      def test_discard_pool_kills_reaper_thread_when_no_pools_remain
        pool_config = duplicated_pool_config(reaping_frequency: "100")
        pool = ConnectionPool.new(pool_config)

        thread = ConnectionPool::Reaper.instance_variable_get(:@threads)[100.0]
        assert thread&.alive?, "reaper thread should be alive before discard!"

        pool.discard!

        assert_not thread.alive?, "reaper thread should be dead after discard!"
      end

      def test_discard_pool_does_not_kill_thread_when_other_pools_remain
        pool_config = duplicated_pool_config(reaping_frequency: "100")
        pool1 = ConnectionPool.new(pool_config)
        pool2 = ConnectionPool.new(pool_config)

        thread = ConnectionPool::Reaper.instance_variable_get(:@threads)[100.0]
        assert thread&.alive?, "reaper thread should be alive"

        pool1.discard!

        assert thread.alive?, "reaper thread should stay alive while pool2 is registered"
      ensure
        pool2.discard!
      end

      private
        def duplicated_pool_config(merge_config_options = {})
          old_config = ActiveRecord::Base.connection_pool.db_config.configuration_hash.merge(merge_config_options)
          db_config = ActiveRecord::DatabaseConfigurations::HashConfig.new("arunit", "primary", old_config.dup)
          PoolConfig.new(ActiveRecord::Base, db_config, :writing, :default)
        end

        def new_conn_in_thread(pool)
          event = Concurrent::Event.new
          conn = nil

          child = Thread.new do
            conn = pool.checkout
            conn.select_rows("SELECT 1") # ensure connected
            event.set
            Thread.stop
          end

          event.wait
          [conn, child]
        end

        def wait_for_conn_idle(conn, timeout = 5)
          wait_for(message: "connection still in use", timeout: timeout) { !conn.in_use? }
        end
    end
  end
end
