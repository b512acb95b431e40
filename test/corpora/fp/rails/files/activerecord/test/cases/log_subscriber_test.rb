# frozen_string_literal: true

require "cases/helper"
require "models/binary"
require "models/developer"
require "models/post"
require "active_support/log_subscriber/test_helper"
require "active_support/testing/event_reporter_assertions"
require "active_record/log_subscriber"
require "active_record/structured_event_subscriber"

class LogSubscriberTest < ActiveRecord::TestCase
  include ActiveSupport::Testing::EventReporterAssertions
  include ActiveSupport::Logger::Severity
  REGEXP_CLEAR = Regexp.escape("\e[#{ActiveRecord::LogSubscriber::MODES[:clear]}m")
  REGEXP_BOLD = Regexp.escape("\e[#{ActiveRecord::LogSubscriber::MODES[:bold]}m")
  REGEXP_MAGENTA = Regexp.escape(ActiveRecord::LogSubscriber::MAGENTA)
  REGEXP_CYAN = Regexp.escape(ActiveRecord::LogSubscriber::CYAN)
  SQL_COLORINGS = {
      SELECT: Regexp.escape(ActiveRecord::LogSubscriber::BLUE),
      INSERT: Regexp.escape(ActiveRecord::LogSubscriber::GREEN),
      UPDATE: Regexp.escape(ActiveRecord::LogSubscriber::YELLOW),
      DELETE: Regexp.escape(ActiveRecord::LogSubscriber::RED),
      LOCK: Regexp.escape(ActiveRecord::LogSubscriber::WHITE),
      ROLLBACK: Regexp.escape(ActiveRecord::LogSubscriber::RED),
      TRANSACTION: REGEXP_CYAN,
      OTHER: REGEXP_MAGENTA
  }.freeze

  class TestDebugLogSubscriber < ActiveRecord::LogSubscriber
    attr_reader :debugs

    def initialize
      @debugs = []
      super
    end

    def debug(progname = nil, &block)
      @debugs << progname
      super
    end
  end

  fixtures :posts

  def run(*)
    with_debug_event_reporting do
      super
    end
  end

  def setup
    super
    ActiveSupport.colorize_logging = false
    @logger = ActiveSupport::LogSubscriber::TestHelper::MockLogger.new
    @old_logger = ActiveRecord::LogSubscriber.logger
    ActiveRecord::LogSubscriber.logger = @logger
    TestDebugLogSubscriber.logger = @logger
    Developer.primary_key
    ActiveRecord::Base.lease_connection.materialize_transactions
  end

  def teardown
    super
    ActiveRecord::LogSubscriber.logger = @old_logger
    TestDebugLogSubscriber.logger = nil
    ActiveSupport.colorize_logging = true
  end

  def test_schema_statements_are_ignored
    logger = TestDebugLogSubscriber.new
    assert_equal 0, logger.debugs.length

    logger.sql({ payload: { sql: "hi mom!", duration_ms: 0.9 } })
    assert_equal 1, logger.debugs.length

    logger.sql({ payload: { name: "foo", sql: "hi mom!", duration_ms: 0.9 } })
    assert_equal 2, logger.debugs.length

    logger.sql({ payload: { name: "SCHEMA", sql: "hi mom!", duration_ms: 0.9 } })
    assert_equal 2, logger.debugs.length
  end

  def test_sql_statements_are_not_squeezed
    logger = TestDebugLogSubscriber.new
    logger.sql({ payload: { sql: "ruby   rails", duration_ms: 0.9 } })
    assert_match(/ruby   rails/, logger.debugs.first)
  end

  def test_basic_query_logging
    Developer.all.load
    assert_equal 1, @logger.logged(:debug).size
    assert_match(/Developer Load/, @logger.logged(:debug).last)
    assert_match(/SELECT .*?FROM .?developers.?/i, @logger.logged(:debug).last)
  end

  SQL_COLORINGS.each do |verb, color_regex|
    test "basic_query_logging_coloration_#{verb}" do
      logger = TestDebugLogSubscriber.new
      ActiveSupport.colorize_logging = true
      logger.sql({ payload: { sql: verb.to_s, duration_ms: 0.9 } })
      assert_match(/#{REGEXP_BOLD}#{color_regex}#{verb}#{REGEXP_CLEAR}/i, logger.debugs.last)
    end

    test "logging_sql_coloration_disabled_#{verb}" do
      logger = TestDebugLogSubscriber.new
      ActiveSupport.colorize_logging = false

      logger.sql({ payload: { sql: verb.to_s, duration_ms: 0.9 } })
      assert_no_match(/#{REGEXP_BOLD}#{color_regex}#{verb}#{REGEXP_CLEAR}/i, logger.debugs.last)
    end

    test "basic_payload_name_logging_coloration_generic_sql_#{verb}" do
      logger = TestDebugLogSubscriber.new
      ActiveSupport.colorize_logging = true
      logger.sql({ payload: { sql: verb.to_s, duration_ms: 0.9 } })
      assert_match(/#{REGEXP_BOLD}#{REGEXP_MAGENTA} \(0\.9ms\)#{REGEXP_CLEAR}/i, logger.debugs.last)

      logger.sql({ payload: { name: "SQL", sql: verb.to_s, duration_ms: 0.9 } })
      assert_match(/#{REGEXP_BOLD}#{REGEXP_MAGENTA}SQL \(0\.9ms\)#{REGEXP_CLEAR}/i, logger.debugs.last)
    end

    test "basic_payload_name_logging_coloration_named_sql_#{verb}" do
      logger = TestDebugLogSubscriber.new
      ActiveSupport.colorize_logging = true
      logger.sql({ payload: { sql: verb.to_s, name: "Model Load", duration_ms: 0.9 } })
      assert_match(/#{REGEXP_BOLD}#{REGEXP_CYAN}Model Load \(0\.9ms\)#{REGEXP_CLEAR}/i, logger.debugs.last)

      logger.sql({ payload: { sql: verb.to_s, name: "Model Exists", duration_ms: 0.9 } })
      assert_match(/#{REGEXP_BOLD}#{REGEXP_CYAN}Model Exists \(0\.9ms\)#{REGEXP_CLEAR}/i, logger.debugs.last)

      logger.sql({ payload: { sql: verb.to_s, name: "ANY SPECIFIC NAME", duration_ms: 0.9 } })
      assert_match(/#{REGEXP_BOLD}#{REGEXP_CYAN}ANY SPECIFIC NAME \(0\.9ms\)#{REGEXP_CLEAR}/i, logger.debugs.last)
    end
  end

  def test_async_query
    logger = TestDebugLogSubscriber.new
    logger.sql({ payload: { sql: "SELECT * from models", name: "Model Load", async: true, lock_wait: 0.01, duration_ms: 0.9 } })
    assert_match(/ASYNC Model Load \(0\.0ms\) \(db time 0\.9ms\)  SELECT/i, logger.debugs.last)
  end

  def test_query_logging_coloration_with_nested_select
    logger = TestDebugLogSubscriber.new
    ActiveSupport.colorize_logging = true
    SQL_COLORINGS.slice(:SELECT, :INSERT, :UPDATE, :DELETE).each do |verb, color_regex|
      logger.sql({ payload: { sql: "#{verb} WHERE ID IN SELECT", duration_ms: 0.9 } })
      assert_match(/#{REGEXP_BOLD}#{REGEXP_MAGENTA} \(0\.9ms\)#{REGEXP_CLEAR}  #{REGEXP_BOLD}#{color_regex}#{verb} WHERE ID IN SELECT#{REGEXP_CLEAR}/i, logger.debugs.last)
    end
  end

  def test_query_logging_coloration_with_multi_line_nested_select
    logger = TestDebugLogSubscriber.new
    ActiveSupport.colorize_logging = true
    SQL_COLORINGS.slice(:SELECT, :INSERT, :UPDATE, :DELETE).each do |verb, color_regex|
      sql = <<-EOS
        #{verb}
        WHERE ID IN (
          SELECT ID FROM THINGS
        )
      EOS
      logger.sql({ payload: { sql: sql, duration_ms: 0.9 } })
      assert_match(/#{REGEXP_BOLD}#{REGEXP_MAGENTA} \(0\.9ms\)#{REGEXP_CLEAR}  #{REGEXP_BOLD}#{color_regex}.*#{verb}.*#{REGEXP_CLEAR}/mi, logger.debugs.last)
    end
  end

  def test_query_logging_coloration_with_lock
    logger = TestDebugLogSubscriber.new
    ActiveSupport.colorize_logging = true
    sql = <<-EOS
      SELECT * FROM
        (SELECT * FROM mytable FOR UPDATE) ss
      WHERE col1 = 5;
    EOS
    logger.sql({ payload: { sql: sql, duration_ms: 0.9 } })
    assert_match(/#{REGEXP_BOLD}#{REGEXP_MAGENTA} \(0\.9ms\)#{REGEXP_CLEAR}  #{REGEXP_BOLD}#{SQL_COLORINGS[:LOCK]}.*FOR UPDATE.*#{REGEXP_CLEAR}/mi, logger.debugs.last)

    sql = <<-EOS
      LOCK TABLE films IN SHARE MODE;
    EOS
    logger.sql({ payload: { sql: sql, duration_ms: 0.9 } })
    assert_match(/#{REGEXP_BOLD}#{REGEXP_MAGENTA} \(0\.9ms\)#{REGEXP_CLEAR}  #{REGEXP_BOLD}#{SQL_COLORINGS[:LOCK]}.*LOCK TABLE.*#{REGEXP_CLEAR}/mi, logger.debugs.last)
  end

  def test_exists_query_logging
    Developer.exists? 1
    assert_equal 1, @logger.logged(:debug).size
    assert_match(/Developer Exists/, @logger.logged(:debug).last)
    assert_match(/SELECT .*?FROM .?developers.?/i, @logger.logged(:debug).last)
  end

  def test_verbose_query_logs
    ActiveRecord.verbose_query_logs = true

    logger = TestDebugLogSubscriber.new
    logger.sql({ payload: { sql: "hi mom!", duration_ms: 0 } })
    assert_equal 2, @logger.logged(:debug).size
    assert_match(/↳/, @logger.logged(:debug).last)
  ensure
    ActiveRecord.verbose_query_logs = false
  end

  def test_verbose_query_with_ignored_callstack
    ActiveRecord.verbose_query_logs = true

    logger = TestDebugLogSubscriber.new
    def logger.query_source_location; nil; end

    logger.sql({ payload: { sql: "hi mom!", duration_ms: 0 } })
    assert_equal 1, @logger.logged(:debug).size
    assert_no_match(/↳/, @logger.logged(:debug).last)
  ensure
    ActiveRecord.verbose_query_logs = false
  end

  def test_verbose_query_logs_disabled_by_default
    logger = TestDebugLogSubscriber.new
    logger.sql({ payload: { sql: "hi mom!", duration_ms: 0 } })
    assert_no_match(/↳/, @logger.logged(:debug).last)
  end

  def test_cached_queries
    ActiveRecord::Base.cache do
      Developer.all.load
      Developer.all.load
    end
    assert_equal 2, @logger.logged(:debug).size
    assert_match(/CACHE/, @logger.logged(:debug).last)
    assert_match(/SELECT .*?FROM .?developers.?/i, @logger.logged(:debug).last)
  end

  def test_basic_query_doesnt_log_when_level_is_not_debug
    @logger.level = INFO
    Developer.all.load
    assert_equal 0, @logger.logged(:debug).size
  end

  def test_cached_queries_doesnt_log_when_level_is_not_debug
    @logger.level = INFO
    ActiveRecord::Base.cache do
      Developer.all.load
      Developer.all.load
    end
    assert_equal 0, @logger.logged(:debug).size
  end

  if ActiveRecord::Base.lease_connection.prepared_statements
    def test_where_in_binds_logging_include_attribute_names
      Developer.where(id: [1, 2, 3, 4, 5]).load
      assert_match(%{["id", 1], ["id", 2], ["id", 3], ["id", 4], ["id", 5]}, @logger.logged(:debug).last)
    end

    def test_casted_binds_logging_uses_parameter_marker
      Developer.where("name = ?", "David").load
      assert_match(%{[["$1", "David"]]}, @logger.logged(:debug).last)
    end

    def test_binary_data_is_not_logged
      Binary.create(data: "some binary data")
      assert_match(/<16 bytes of binary data>/, @logger.logged(:debug).join)
    end

    def test_binary_data_hash
      Binary.create(data: { a: 1 })
      assert_match(/<(6|7) bytes of binary data>/, @logger.logged(:debug).join)
    end
  end
end
