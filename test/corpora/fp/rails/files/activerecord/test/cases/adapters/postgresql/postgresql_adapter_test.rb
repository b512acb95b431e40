# frozen_string_literal: true

require "cases/helper"
require "support/ddl_helper"
require "support/connection_helper"

require "active_support/core_ext/object/with"
require "active_support/error_reporter/test_helper"
require "json"

module ActiveRecord
  module ConnectionAdapters
    class PostgreSQLAdapterTest < ActiveRecord::PostgreSQLTestCase
      self.use_transactional_tests = false
      include DdlHelper
      include ConnectionHelper

      # Force known GUC defaults at connect time so query-count
      # assertions are deterministic regardless of server configuration.
      # TimeZone must be non-UTC so the :utc/:local distinction is visible.
      KNOWN_SERVER_DEFAULTS = "-c TimeZone=America/New_York -c IntervalStyle=postgres -c standard_conforming_strings=on -c client_min_messages=notice"

      def setup
        @connection = ActiveRecord::Base.lease_connection
        @original_db_warnings_action = :ignore
      end

      def test_connection_error
        error = assert_raises ActiveRecord::ConnectionNotEstablished do
          ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(host: File::NULL).connect!
        end
        assert_kind_of ActiveRecord::ConnectionAdapters::NullPool, error.connection_pool
      end

      def test_reconnection_error
        fake_connection = Class.new do
          def async_exec(*)
            [{}]
          end

          def type_map_for_queries=(_)
          end

          def type_map_for_results=(_)
          end

          def exec_params(*)
            {}
          end

          def escape(query)
            PG::Connection.escape(query)
          end

          def reset
            raise PG::ConnectionBad, "I'll be rescued by the reconnect method"
          end

          def close
          end
        end.new

        @conn = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          fake_connection,
          ActiveRecord::Base.logger,
          nil,
          { host: File::NULL }
        )

        connect_raises_error = proc { |**_conn_params| raise(PG::ConnectionBad, "actual bad connection error") }
        PG.stub(:connect, connect_raises_error) do
          error = assert_raises ActiveRecord::ConnectionNotEstablished do
            @conn.reconnect!
          end

          assert_equal("actual bad connection error", error.message)
          assert_equal @conn.pool, error.connection_pool
        end
      end

      def test_bad_connection
        assert_raise ActiveRecord::NoDatabaseError do
          db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
          configuration = db_config.configuration_hash.merge(database: "should_not_exist-cinco-dog-db")
          connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(configuration)
          connection.exec_query("SELECT 1")
        end
      end

      def test_bad_connection_to_postgres_database
        connect_raises_error = proc { |**_conn_params| raise(PG::ConnectionBad, 'FATAL:  database "postgres" does not exist') }
        PG.stub(:connect, connect_raises_error) do
          connection = nil
          error = assert_raises ActiveRecord::ConnectionNotEstablished do
            db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
            configuration = db_config.configuration_hash.merge(database: "postgres")
            connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(configuration)
            connection.exec_query("SELECT 1")
          end
          assert_not_nil connection
          assert_equal connection.pool, error.connection_pool
        end
      end

      def test_reconnect_after_bad_connection_on_check_version_with_0_return
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        with_postgresql_adapter(db_config.configuration_hash.merge(connection_retries: 0)) do |connection|
          connection.connect!

          # mimic a connection that hasn't checked and cached the server version yet i.e. without a raw_connection
          connection.pool.instance_variable_set(:@server_version, nil)
          connection.raw_connection.stub(:server_version, 0) do
            error = assert_raises ActiveRecord::ConnectionNotEstablished do
              connection.reconnect!
            end
            assert_equal "Could not determine PostgreSQL version", error.message
          end

          # can reconnect after a bad connection
          assert_nothing_raised do
            connection.reconnect!
          end
        end
      end

      def test_reconnect_after_bad_connection_on_check_version_with_native_exception
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        with_postgresql_adapter(db_config.configuration_hash.merge(connection_retries: 0)) do |connection|
          connection.connect!

          # mimic a connection that hasn't checked and cached the server version yet i.e. without a raw_connection
          connection.pool.instance_variable_set(:@server_version, nil)
          # https://github.com/ged/ruby-pg/commit/a565e153d4d05955342ad24d4845378eee956935
          connection.raw_connection.stub(:server_version, -> { raise PG::ConnectionBad, "PQserverVersion() can't get server version" }) do
            error = assert_raises ActiveRecord::ConnectionNotEstablished do
              connection.reconnect!
            end
            assert_equal "PQserverVersion() can't get server version", error.message
          end

          # can reconnect after a bad connection
          assert_nothing_raised do
            connection.reconnect!
          end
        end
      end

      def test_set_standard_conforming_strings_deprecation
        assert_deprecated(ActiveRecord.deprecator) do
          @connection.set_standard_conforming_strings
        end
      end

      def test_schema_order_deprecation
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        assert_deprecated(ActiveRecord.deprecator) do
          connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
            db_config.configuration_hash.merge(schema_order: "public")
          )
          connection.connect!
          assert_equal "public", connection.schema_search_path
          connection.disconnect!
        end
      end

      def test_configure_connection_sets_default_settings
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(db_config.configuration_hash)
        connection.connect!

        assert_equal "on", connection.query_value("SHOW standard_conforming_strings")
        assert_equal "iso_8601", connection.query_value("SHOW intervalstyle")
        assert_equal "warning", connection.query_value("SHOW client_min_messages")
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_skips_standard_conforming_strings_when_false
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(standard_conforming_strings: false)
        )

        log = capture_sql(include_schema: true) do
          connection.connect!
        end

        assert_not log.any? { |sql| sql.include?("standard_conforming_strings") },
          "Expected no SET standard_conforming_strings query, but found one in: #{log.inspect}"
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_skips_intervalstyle_when_false
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(intervalstyle: false)
        )

        log = capture_sql(include_schema: true) do
          connection.connect!
        end

        assert_not log.any? { |sql| sql.include?("IntervalStyle") },
          "Expected no SET IntervalStyle query, but found one in: #{log.inspect}"
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_skips_client_min_messages_when_false
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(min_messages: false)
        )

        log = capture_sql(include_schema: true) do
          connection.connect!
        end

        assert_not log.any? { |sql| sql.include?("client_min_messages") },
          "Expected no SET client_min_messages query, but found one in: #{log.inspect}"
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_skips_schema_search_path_when_false
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(schema_search_path: false)
        )

        log = capture_sql(include_schema: true) do
          connection.connect!
        end

        assert_not log.any? { |sql| sql.match?(/SET.*search_path/) },
          "Expected no SET search_path query, but found one in: #{log.inspect}"
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_custom_min_messages
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(min_messages: "notice")
        )
        connection.connect!

        assert_equal "notice", connection.query_value("SHOW client_min_messages")
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_variables_are_set
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(variables: { statement_timeout: "5000" })
        )
        connection.connect!

        assert_equal "5s", connection.query_value("SHOW statement_timeout")
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_variables_can_override_defaults
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(variables: { client_min_messages: "error" })
        )
        connection.connect!

        # The :variables hash entry should win over the default "warning"
        assert_equal "error", connection.query_value("SHOW client_min_messages")
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_variables_with_default_value
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(
            variables: { client_min_messages: :default }
          )
        )
        connection.connect!

        # :default resets to the server's compile-time default which is "notice"
        assert_equal "notice", connection.query_value("SHOW client_min_messages")
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_variables_with_nil_value
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(
            variables: { client_min_messages: nil }
          )
        )
        connection.connect!

        # nil is a no-op: Rails' default "warning" should still be applied
        assert_equal "warning", connection.query_value("SHOW client_min_messages")
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_variables_with_false_value
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(
            variables: { enable_seqscan: false }
          )
        )
        connection.connect!

        assert_equal "off", connection.query_value("SHOW enable_seqscan")
      ensure
        connection&.disconnect!
      end

      def test_configure_connection_preserves_user_supplied_variable_casing
        run_without_connection do |config|
          connection = PostgreSQLAdapter.new(
            config.merge(variables: { "my_app.SomeOption" => "hello" })
          )
          queries = capture_sql(include_schema: true) do
            connection.select_value("SELECT 1")
          end.map(&:squish)

          assert_includes queries, "SET SESSION my_app.SomeOption TO 'hello'"
        end
      end

      def test_configure_connection_skips_redundant_set_via_downcase_fallback
        run_without_connection do |config|
          queries = with_timezone_config(default: :local) do
            connection = PostgreSQLAdapter.new(
              config.merge(
                options: KNOWN_SERVER_DEFAULTS,
                variables: { "sTaNdArD_cOnFoRmInG_StRiNgS" => "on" },
              )
            )
            capture_sql(include_schema: true) do
              connection.select_value("SELECT 1")
            end
          end.map(&:squish)

          expected_queries = [
            "SET SESSION IntervalStyle TO 'iso_8601'",
            "SET SESSION client_min_messages TO 'warning'",
            ("SHOW search_path" if @connection.database_version < 18_00_00),
            "SELECT 1",
          ].compact

          assert_equal expected_queries.size, queries.size
          assert expected_queries.zip(queries).all? { |expected, actual| expected === actual }
        end
      end

      def test_schema_search_path_is_reapplied_after_reconnect
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")

        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(schema_search_path: "public,foo")
        )

        connection.connect!

        assert_equal "public, foo", connection.select_value("SHOW search_path")

        connection.reconnect!

        assert_equal "public, foo", connection.select_value("SHOW search_path")
      ensure
        connection&.disconnect!
      end

      def test_schema_search_path_is_reapplied_after_reset
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")

        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(
          db_config.configuration_hash.merge(schema_search_path: "public,foo")
        )

        connection.connect!

        assert_equal "public, foo", connection.select_value("SHOW search_path")

        connection.reset!

        assert_equal "public, foo", connection.select_value("SHOW search_path")
      ensure
        connection&.disconnect!
      end

      def test_queries_executed_on_fresh_connection_through_first_select
        run_without_connection do |config|
          ActiveRecord::Base.establish_connection(config.merge(options: KNOWN_SERVER_DEFAULTS))

          queries = with_timezone_config(default: :utc) do
            capture_sql(include_schema: true) do
              ActiveRecord::Base.lease_connection.select_value("SELECT 1+2")
            end
          end.map(&:squish)

          expected_queries = [
            "SET SESSION IntervalStyle TO 'iso_8601'",
            "SET SESSION client_min_messages TO 'warning'",
            "SET SESSION TimeZone TO 'UTC'",
            ("SHOW search_path" if @connection.database_version < 18_00_00),
            "SELECT 1+2",
          ].compact

          assert_equal expected_queries.size, queries.size
          assert expected_queries.zip(queries).all? { |expected, actual| expected === actual }
        end
      end

      def test_queries_executed_on_fresh_connection_with_all_settings_skipped
        run_without_connection do |config|
          queries = with_timezone_config(default: :local) do
            connection = PostgreSQLAdapter.new(
              config.merge(
                options: KNOWN_SERVER_DEFAULTS,
                intervalstyle: false,
                min_messages: false,
              )
            )
            capture_sql(include_schema: true) do
              connection.select_value("SELECT 1+2")
            end
          end.map(&:squish)

          expected_queries = [
            ("SHOW search_path" if @connection.database_version < 18_00_00),
            "SELECT 1+2",
          ].compact

          assert_equal expected_queries.size, queries.size
          assert expected_queries.zip(queries).all? { |expected, actual| expected === actual }
        end
      end

      def test_queries_executed_on_fresh_connection_with_first_custom_type_lookup
        @connection.create_enum "postgresql_startup_lookup_enum", ["good", "bad"]
        @connection.create_table("postgresql_startup_lookup_enums", force: true) do |t|
          t.column :value, :postgresql_startup_lookup_enum
        end
        @connection.execute "INSERT INTO postgresql_startup_lookup_enums (value) VALUES ('good')"

        run_without_connection do |config|
          ActiveRecord::Base.establish_connection(config.merge(options: KNOWN_SERVER_DEFAULTS))

          queries = with_timezone_config(default: :utc) do
            capture_sql(include_schema: true) do
              result = ActiveRecord::Base.lease_connection.select_all("SELECT value FROM postgresql_startup_lookup_enums LIMIT 1")
              result.column_types["value"]
            end
          end.map(&:squish)

          expected_queries = [
            "SET SESSION IntervalStyle TO 'iso_8601'",
            "SET SESSION client_min_messages TO 'warning'",
            "SET SESSION TimeZone TO 'UTC'",
            ("SHOW search_path" if @connection.database_version < 18_00_00),
            "SELECT value FROM postgresql_startup_lookup_enums LIMIT 1",
            oid_lookup_query_regex(initial_bulk_load: true),
          ].compact

          assert_equal expected_queries.size, queries.size
          assert expected_queries.zip(queries).all? { |expected, actual| expected === actual }
        end
      ensure
        @connection.drop_table "postgresql_startup_lookup_enums", if_exists: true
        @connection.drop_enum "postgresql_startup_lookup_enum", if_exists: true
      end

      def test_queries_executed_on_fresh_connection_with_two_multi_oid_type_lookups
        @connection.create_enum "postgresql_startup_lookup_one_a", ["one", "two"]
        @connection.create_enum "postgresql_startup_lookup_one_b", ["one", "two"]

        first_sql = "SELECT 'one'::postgresql_startup_lookup_one_a AS value_a, 'one'::postgresql_startup_lookup_one_b AS value_b"
        second_sql = "SELECT 'one'::postgresql_startup_lookup_two_a AS value_a, 'one'::postgresql_startup_lookup_two_b AS value_b"

        run_without_connection do |config|
          ActiveRecord::Base.establish_connection(config.merge(options: KNOWN_SERVER_DEFAULTS))

          first_queries = nil
          second_queries = nil
          with_timezone_config(default: :utc) do
            first_queries = capture_sql(include_schema: true) do
              connection = ActiveRecord::Base.lease_connection
              connection.select_all(first_sql)
            end.map(&:squish)

            connection = ActiveRecord::Base.lease_connection
            connection.execute "CREATE TYPE postgresql_startup_lookup_two_a AS ENUM ('one', 'two')"
            connection.execute "CREATE TYPE postgresql_startup_lookup_two_b AS ENUM ('one', 'two')"

            second_queries = capture_sql(include_schema: true) do
              connection.select_all(second_sql)
            end.map(&:squish)
          end

          expected_first_queries = [
            "SET SESSION IntervalStyle TO 'iso_8601'",
            "SET SESSION client_min_messages TO 'warning'",
            "SET SESSION TimeZone TO 'UTC'",
            ("SHOW search_path" if @connection.database_version < 18_00_00),
            first_sql,
            oid_lookup_query_regex(initial_bulk_load: true),
          ].compact

          expected_second_queries = [
            second_sql,
            oid_lookup_query_regex(initial_bulk_load: false),
          ]

          assert_equal expected_first_queries.size, first_queries.size
          assert expected_first_queries.zip(first_queries).all? { |expected, actual| expected === actual }
          assert_equal expected_second_queries.size, second_queries.size
          assert expected_second_queries.zip(second_queries).all? { |expected, actual| expected === actual }
        end
      ensure
        @connection.drop_enum "postgresql_startup_lookup_one_a", if_exists: true
        @connection.drop_enum "postgresql_startup_lookup_one_b", if_exists: true
        @connection.drop_enum "postgresql_startup_lookup_two_a", if_exists: true
        @connection.drop_enum "postgresql_startup_lookup_two_b", if_exists: true
      end

      def test_schema_search_path_uses_parameter_status_on_pg18
        skip "parameter_status('search_path') requires PostgreSQL 18+" unless @connection.database_version >= 18_00_00

        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")

        connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(db_config.configuration_hash)
        begin
          log = capture_sql(include_schema: true) do
            connection.connect!
            connection.schema_search_path
          end

          assert_not log.any? { |sql| sql.include?("SHOW search_path") },
                     "Expected no 'SHOW search_path' query, but found one in: #{log.inspect}"
        ensure
          connection.disconnect!
        end
      end

      def test_database_exists_returns_false_when_the_database_does_not_exist
        config = { database: "non_extant_database", adapter: "postgresql" }
        assert_not ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.database_exists?(config),
          "expected database #{config[:database]} to not exist"
      end

      def test_database_exists_returns_true_when_the_database_exists
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        assert ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.database_exists?(db_config.configuration_hash),
          "expected database #{db_config.database} to exist"
      end

      def test_primary_key
        with_example_table do
          assert_equal "id", @connection.primary_key("ex")
        end
      end

      def test_primary_key_works_tables_containing_capital_letters
        assert_equal "id", @connection.primary_key("CamelCase")
      end

      def test_non_standard_primary_key
        with_example_table "data character varying(255) primary key" do
          assert_equal "data", @connection.primary_key("ex")
        end
      end

      def test_primary_key_returns_nil_for_no_pk
        with_example_table "id integer" do
          assert_nil @connection.primary_key("ex")
        end
      end

      def test_exec_insert_with_returning_disabled
        connection_without_insert_returning do |connection|
          result = assert_deprecated(ActiveRecord.deprecator) do
            connection.exec_insert("insert into postgresql_partitioned_table_parent (number) VALUES (1)", nil, [], "id", "postgresql_partitioned_table_parent_id_seq")
          end
          expect = connection.select_value("select max(id) from postgresql_partitioned_table_parent")
          assert_equal expect.to_i, result.rows.first.first
        end
      end

      def test_exec_insert_with_returning_disabled_and_no_sequence_name_given
        connection_without_insert_returning do |connection|
          result = assert_deprecated(ActiveRecord.deprecator) do
            connection.exec_insert("insert into postgresql_partitioned_table_parent (number) VALUES (1)", nil, [], "id")
          end
          expect = connection.select_value("select max(id) from postgresql_partitioned_table_parent")
          assert_equal expect.to_i, result.rows.first.first
        end
      end

      def test_exec_insert_default_values_with_returning_disabled_and_no_sequence_name_given
        connection_without_insert_returning do |connection|
          result = assert_deprecated(ActiveRecord.deprecator) do
            connection.exec_insert("insert into postgresql_partitioned_table_parent DEFAULT VALUES", nil, [], "id")
          end
          expect = connection.select_value("select max(id) from postgresql_partitioned_table_parent")
          assert_equal expect.to_i, result.rows.first.first
        end
      end

      def test_exec_insert_default_values_quoted_schema_with_returning_disabled_and_no_sequence_name_given
        connection_without_insert_returning do |connection|
          result = assert_deprecated(ActiveRecord.deprecator) do
            connection.exec_insert('insert into "public"."postgresql_partitioned_table_parent" DEFAULT VALUES', nil, [], "id")
          end
          expect = connection.select_value("select max(id) from postgresql_partitioned_table_parent")
          assert_equal expect.to_i, result.rows.first.first
        end
      end

      def test_insert_uses_schema_cache_with_insert_returning_disabled
        connection_without_insert_returning do |connection|
          # First call might need to populate the schema cache
          connection.insert("INSERT INTO postgresql_partitioned_table_parent (number) VALUES (0)")

          # We expect:
          # 1. INSERT
          # 2. SELECT pg_get_serial_sequence (ideally this would cached, but it's currently not)
          # 3. SELECT currval
          assert_queries_count(3, include_schema: true) do
            connection.insert("INSERT INTO postgresql_partitioned_table_parent (number) VALUES (1)")
          end
        end
      end

      def test_serial_sequence
        assert_equal "public.accounts_id_seq",
          @connection.serial_sequence("accounts", "id")

        error = assert_raises(ActiveRecord::StatementInvalid) do
          @connection.serial_sequence("zomg", "id")
        end

        assert_equal @connection.pool, error.connection_pool
      end

      def test_default_sequence_name
        assert_equal "public.accounts_id_seq",
          @connection.default_sequence_name("accounts", "id")

        assert_equal "public.accounts_id_seq",
          @connection.default_sequence_name("accounts")
      end

      def test_default_sequence_name_bad_table
        assert_equal "zomg_id_seq",
          @connection.default_sequence_name("zomg", "id")

        assert_equal "zomg_id_seq",
          @connection.default_sequence_name("zomg")
      end

      def test_pk_and_sequence_for
        with_example_table do
          pk, seq = @connection.pk_and_sequence_for("ex")
          assert_equal "id", pk
          assert_equal @connection.default_sequence_name("ex", "id"), seq.to_s
        end
      end

      def test_pk_and_sequence_for_with_non_standard_primary_key
        with_example_table "code serial primary key" do
          pk, seq = @connection.pk_and_sequence_for("ex")
          assert_equal "code", pk
          assert_equal @connection.default_sequence_name("ex", "code"), seq.to_s
        end
      end

      def test_pk_and_sequence_for_returns_nil_if_no_seq
        with_example_table "id integer primary key" do
          assert_nil @connection.pk_and_sequence_for("ex")
        end
      end

      def test_pk_and_sequence_for_returns_nil_if_no_pk
        with_example_table "id integer" do
          assert_nil @connection.pk_and_sequence_for("ex")
        end
      end

      def test_pk_and_sequence_for_returns_nil_if_table_not_found
        assert_nil @connection.pk_and_sequence_for("unobtainium")
      end

      def test_pk_and_sequence_for_with_collision_pg_class_oid
        @connection.exec_query("create table ex(id serial primary key)")
        @connection.exec_query("create table ex2(id serial primary key)")

        correct_depend_record = [
          "'pg_class'::regclass",
          "'ex_id_seq'::regclass",
          "0",
          "'pg_class'::regclass",
          "'ex'::regclass",
          "1",
          "'a'"
        ]

        collision_depend_record = [
          "'pg_attrdef'::regclass",
          "'ex2_id_seq'::regclass",
          "0",
          "'pg_class'::regclass",
          "'ex'::regclass",
          "1",
          "'a'"
        ]

        @connection.exec_query(
          "DELETE FROM pg_depend WHERE objid = 'ex_id_seq'::regclass AND refobjid = 'ex'::regclass AND deptype = 'a'"
        )
        @connection.exec_query(
          "INSERT INTO pg_depend VALUES(#{collision_depend_record.join(',')})"
        )
        @connection.exec_query(
          "INSERT INTO pg_depend VALUES(#{correct_depend_record.join(',')})"
        )

        seq = @connection.pk_and_sequence_for("ex").last
        assert_equal PostgreSQL::Name.new("public", "ex_id_seq"), seq

        @connection.exec_query(
          "DELETE FROM pg_depend WHERE objid = 'ex2_id_seq'::regclass AND refobjid = 'ex'::regclass AND deptype = 'a'"
        )
      ensure
        @connection.drop_table "ex", if_exists: true
        @connection.drop_table "ex2", if_exists: true
      end

      def test_table_alias_length
        assert_nothing_raised do
          @connection.table_alias_length
        end
      end

      def test_exec_no_binds
        with_example_table do
          result = @connection.exec_query("SELECT id, data FROM ex")
          assert_equal 0, result.rows.length
          assert_equal 2, result.columns.length
          assert_equal %w{ id data }, result.columns

          string = @connection.quote("foo")
          @connection.exec_query("INSERT INTO ex (id, data) VALUES (1, #{string})")
          result = @connection.exec_query("SELECT id, data FROM ex")
          assert_equal 1, result.rows.length
          assert_equal 2, result.columns.length

          assert_equal [[1, "foo"]], result.rows
        end
      end

      def test_exec_with_binds
        with_example_table do
          string = @connection.quote("foo")
          @connection.exec_query("INSERT INTO ex (id, data) VALUES (1, #{string})")

          bind = Relation::QueryAttribute.new("id", 1, Type::Value.new)
          result = @connection.exec_query("SELECT id, data FROM ex WHERE id = $1", nil, [bind])

          assert_equal 1, result.rows.length
          assert_equal 2, result.columns.length

          assert_equal [[1, "foo"]], result.rows
        end
      end

      def test_exec_typecasts_bind_vals
        with_example_table do
          string = @connection.quote("foo")
          @connection.exec_query("INSERT INTO ex (id, data) VALUES (1, #{string})")

          bind = Relation::QueryAttribute.new("id", "1-fuu", Type::Integer.new)
          result = @connection.exec_query("SELECT id, data FROM ex WHERE id = $1", nil, [bind])

          assert_equal 1, result.rows.length
          assert_equal 2, result.columns.length

          assert_equal [[1, "foo"]], result.rows
        end
      end

      def test_partial_index
        with_example_table do
          @connection.add_index "ex", %w{ id number }, name: "partial", where: "number > 100"
          index = @connection.indexes("ex").find { |idx| idx.name == "partial" }
          assert_equal "(number > 100)", index.where
        end
      end

      def test_partial_index_on_column_named_like_keyword
        with_example_table('id serial primary key, number integer, "primary" boolean') do
          @connection.add_index "ex", "id", name: "partial", where: "primary" # "primary" is a keyword
          index = @connection.indexes("ex").find { |idx| idx.name == "partial" }
          assert_equal '"primary"', index.where
        end
      end

      if supports_index_include?
        def test_include_index
          with_example_table do
            @connection.add_index "ex", %w{ id }, name: "include", include: :number
            index = @connection.indexes("ex").find { |idx| idx.name == "include" }
            assert_equal ["number"], index.include
          end
        end

        def test_include_multiple_columns_index
          with_example_table do
            @connection.add_index "ex", %w{ id }, name: "include", include: [:number, :data]
            index = @connection.indexes("ex").find { |idx| idx.name == "include" }
            assert_equal ["number", "data"], index.include
          end
        end

        def test_include_keyword_column_name
          with_example_table("id integer, timestamp integer") do
            @connection.add_index "ex", :id, name: "include", include: [:timestamp]
            index = @connection.indexes("ex").find { |idx| idx.name == "include" }
            assert_equal ["timestamp"], index.include
          end
        end

        def test_include_escaped_quotes_column_name
          with_example_table(%{id integer, "I""like""quotes" integer}) do
            @connection.add_index "ex", :id, name: "include", include: [:"I\"like\"quotes"]
            index = @connection.indexes("ex").find { |idx| idx.name == "include" }
            assert_equal ["I\"like\"quotes"], index.include
          end
        end
      end

      def test_expression_index
        with_example_table do
          expr = "mod(id, 10), abs(number)"
          @connection.add_index "ex", expr, name: "expression"
          index = @connection.indexes("ex").find { |idx| idx.name == "expression" }
          assert_equal expr, index.columns
          assert_equal true, @connection.index_exists?("ex", expr, name: "expression")
        end
      end

      def test_index_with_opclass
        with_example_table do
          @connection.add_index "ex", "data", opclass: "varchar_pattern_ops"
          index = @connection.indexes("ex").find { |idx| idx.name == "index_ex_on_data" }
          assert_equal ["data"], index.columns

          @connection.remove_index "ex", "data"
          assert_not @connection.indexes("ex").find { |idx| idx.name == "index_ex_on_data" }
        end
      end

      def test_invalid_index
        with_example_table do
          @connection.exec_query("INSERT INTO ex (number) VALUES (1), (1)")
          error = assert_raises(ActiveRecord::RecordNotUnique) do
            @connection.add_index(:ex, :number, unique: true, algorithm: :concurrently, name: :invalid_index)
          end
          assert_match(/could not create unique index/, error.message)
          assert_equal @connection.pool, error.connection_pool

          assert @connection.index_exists?(:ex, :number, name: :invalid_index)
          assert_not @connection.index_exists?(:ex, :number, name: :invalid_index, valid: true)
          assert @connection.index_exists?(:ex, :number, name: :invalid_index, valid: false)
        end
      end

      def test_index_with_not_distinct_nulls
        skip("current adapter doesn't support nulls not distinct") unless supports_nulls_not_distinct?

        with_example_table do
          @connection.execute(<<~SQL)
            CREATE UNIQUE INDEX index_ex_on_data ON ex (data) NULLS NOT DISTINCT WHERE number > 0
          SQL

          index = @connection.indexes(:ex).first
          assert_equal true, index.unique
          assert_match("number", index.where)
        end
      end

      def test_index_keyword_column_name
        with_example_table("timestamp integer") do
          @connection.add_index "ex", :timestamp, name: "keyword"
          index = @connection.indexes("ex").find { |idx| idx.name == "keyword" }
          assert_equal ["timestamp"], index.columns
        end
      end

      def test_index_escaped_quotes_column_name
        with_example_table(%{"I""like""quotes" integer}) do
          @connection.add_index "ex", :"I\"like\"quotes", name: "quotes"
          index = @connection.indexes("ex").find { |idx| idx.name == "quotes" }
          assert_equal ["I\"like\"quotes"], index.columns
        end
      end

      def test_index_with_comment_on_table_with_schema
        @connection.create_schema("second_schema")
        @connection.create_table("second_schema.posts")
        @connection.add_index("second_schema.posts", :id, comment: "test comment")

        index = @connection.indexes("second_schema.posts").first
        assert_equal "test comment", index.comment
      ensure
        @connection.drop_schema("second_schema")
      end

      def test_columns_for_distinct_zero_orders
        assert_equal "posts.id",
          @connection.columns_for_distinct("posts.id", [])
      end

      def test_columns_for_distinct_one_order
        assert_equal "posts.created_at AS alias_0, posts.id",
          @connection.columns_for_distinct("posts.id", ["posts.created_at desc"])
      end

      def test_columns_for_distinct_few_orders
        assert_equal "posts.created_at AS alias_0, posts.position AS alias_1, posts.id",
          @connection.columns_for_distinct("posts.id", ["posts.created_at desc", "posts.position asc"])
      end

      def test_columns_for_distinct_with_case
        assert_equal(
          "CASE WHEN author.is_active THEN UPPER(author.name) ELSE UPPER(author.email) END AS alias_0, posts.id",
          @connection.columns_for_distinct("posts.id",
            ["CASE WHEN author.is_active THEN UPPER(author.name) ELSE UPPER(author.email) END"])
        )
      end

      def test_columns_for_distinct_blank_not_nil_orders
        assert_equal "posts.created_at AS alias_0, posts.id",
          @connection.columns_for_distinct("posts.id", ["posts.created_at desc", "", "   "])
      end

      def test_columns_for_distinct_with_arel_order
        Arel::Table.engine = nil # should not rely on the global Arel::Table.engine

        order = Arel.sql("posts.created_at").desc
        assert_equal "posts.created_at AS alias_0, posts.id",
          @connection.columns_for_distinct("posts.id", [order])
      ensure
        Arel::Table.engine = ActiveRecord::Base
      end

      def test_columns_for_distinct_with_nulls
        assert_equal "posts.updater_id AS alias_0, posts.title", @connection.columns_for_distinct("posts.title", ["posts.updater_id desc nulls first"])
        assert_equal "posts.updater_id AS alias_0, posts.title", @connection.columns_for_distinct("posts.title", ["posts.updater_id desc nulls last"])
      end

      def test_columns_for_distinct_without_order_specifiers
        assert_equal "posts.updater_id AS alias_0, posts.title",
          @connection.columns_for_distinct("posts.title", ["posts.updater_id"])

        assert_equal "posts.updater_id AS alias_0, posts.title",
          @connection.columns_for_distinct("posts.title", ["posts.updater_id nulls last"])

        assert_equal "posts.updater_id AS alias_0, posts.title",
          @connection.columns_for_distinct("posts.title", ["posts.updater_id nulls first"])
      end

      def test_raise_error_when_cannot_translate_exception
        assert_raise TypeError do
          @connection.execute(:not_a_query)
        end
      end

      def test_retryable_query_error_handles_closed_connection
        @connection.raw_connection.close

        assert_raises ActiveRecord::ConnectionNotEstablished do
          @connection.execute("SELECT 1")
        end
      ensure
        @connection&.disconnect!
      end

      def test_translate_no_connection_exception_to_not_established
        raw_connection = @connection.raw_connection
        pid = connection_id_from_server(@connection)
        kill_connection_from_server(pid)
        # If you run `@connection.execute` after the backend process has been terminated,
        # you will get the "server closed the connection unexpectedly" rather than "no connection to the server".
        # Because what we want to test here is an error that occurs during `send_query`,
        # which is called internally by `@connection.execute`, we will call it explicitly.
        # The `send_query` changes the internal `PG::Connection#status` to `CONNECTION_BAD`,
        # so any subsequent queries will get the "no connection to the server" error.
        # https://github.com/postgres/postgres/blob/REL_17_0/src/interfaces/libpq/fe-exec.c#L1686-L1691
        raw_connection.send_query("SELECT 1")

        assert_raise ActiveRecord::ConnectionNotEstablished do
          @connection.execute("SELECT 1")
        end
      end

      def test_terminate_backend_preserves_typed_exception
        pid = connection_id_from_server(@connection)

        # Put in a dirty transaction so auto-reconnect can't mask the error
        @connection.execute("BEGIN")
        @connection.execute("CREATE TEMP TABLE _typed_exception_probe()")

        kill_connection_from_server(pid)
        sleep 0.1

        error = assert_raises(ActiveRecord::ConnectionFailed) { @connection.execute("SELECT 1") }
        assert_kind_of PG::AdminShutdown, error.cause
        assert_equal "57P01", error.cause.result.error_field(PG::PG_DIAG_SQLSTATE)
      ensure
        @connection&.disconnect!
      end

      def test_idle_in_transaction_timeout_preserves_typed_exception
        @connection.execute("BEGIN")
        @connection.execute("SET idle_in_transaction_session_timeout = '10ms'")
        sleep 0.1

        error = assert_raises(ActiveRecord::ConnectionFailed) { @connection.execute("SELECT 1") }
        assert_kind_of PG::IdleInTransactionSessionTimeout, error.cause
        assert_equal "25P03", error.cause.result.error_field(PG::PG_DIAG_SQLSTATE)
      ensure
        @connection&.disconnect!
      end

      def test_fatal_via_notice_channel_recovers_before_the_next_query
        pid = connection_id_from_server(@connection)
        kill_connection_from_server(pid)

        # Force the FATAL through the notice channel rather than as a result:
        # read it while idle (a bare get_result). Reach @raw_connection directly
        # -- the #raw_connection accessor would mark the connection dirty and
        # defeat recovery; in real use the notice is captured during AR's own
        # get_result.
        raw = @connection.instance_variable_get(:@raw_connection)
        raw.socket_io.wait_readable(1)
        raw.consume_input
        assert_nil raw.get_result

        # Having already learned the connection is dead, the next query doesn't
        # pay for it: pre-query verification reconnects, exactly as it does for
        # any connection we knew in advance had gone bad.
        assert_equal 1, @connection.select_value("SELECT 1")
        assert_not_equal pid, connection_id_from_server(@connection)
      ensure
        @connection&.disconnect!
      end

      def test_fatal_via_notice_channel_preserves_typed_cause_when_unrecoverable
        pid = connection_id_from_server(@connection)
        kill_connection_from_server(pid)

        # Same notice-channel delivery as above, but reach the raw connection via
        # the #raw_connection accessor, which marks it dirty -> non-recoverable.
        # With no clean reconnect available, the next query surfaces the failure
        # -- and it must carry the captured FATAL as its cause, not the generic
        # socket error that merely tripped over the already-dead connection.
        raw = @connection.raw_connection
        raw.socket_io.wait_readable(1)
        raw.consume_input
        assert_nil raw.get_result

        error = assert_raises(ActiveRecord::ConnectionFailed) { @connection.select_value("SELECT 1") }
        assert_kind_of PG::AdminShutdown, error.cause
        assert_equal "57P01", error.cause.result.error_field(PG::PG_DIAG_SQLSTATE)
      ensure
        @connection&.disconnect!
      end

      def test_flush_on_dead_connection_translates_to_connection_failed
        pid = connection_id_from_server(@connection)
        raw_connection = @connection.raw_connection

        # Queue a slow query, then kill the backend while it's running
        raw_connection.send_query("SELECT pg_sleep(1)")
        kill_connection_from_server(pid)
        sleep 0.1

        # Drain results: first the FATAL, then the socket death
        loop do
          raw_connection.get_result || break
        rescue PG::Error
          break
        end

        error = assert_raises(PG::Error) { raw_connection.flush }
        assert_not_kind_of PG::ConnectionBad, error

        translated = @connection.send(:translate_exception_class, error, nil, nil)
        assert_kind_of ActiveRecord::ConnectionFailed, translated
      end

      def test_reload_type_map_for_newly_defined_types
        @connection.create_enum "feeling", ["good", "bad"]
        enum_oid = @connection.query_value("SELECT 'feeling'::regtype::oid").to_i

        # Runs SELECT plus an on-demand type lookup for the enum OID.
        assert_queries_count(2, include_schema: true) do
          result = @connection.select_all "SELECT 'good'::feeling"
          assert_instance_of(PostgreSQLAdapter::OID::Enum,
                             result.column_types["feeling"])
        end

        assert @connection.send(:type_map).key?(enum_oid)

        @connection.drop_enum "feeling", if_exists: true
        assert_not @connection.send(:type_map).key?(enum_oid)
      ensure
        @connection.drop_enum "feeling", if_exists: true
        reset_pool
      end

      def test_only_reload_type_map_once_for_every_unrecognized_type
        reset_pool
        connection = ActiveRecord::Base.lease_connection
        connection.select_all "SELECT 1" # eagerly initialize the connection

        queries = silence_warnings do
          capture_sql(include_schema: true) do
            connection.select_all "select 'pg_catalog.pg_class'::regclass"
            connection.select_all "select 'pg_catalog.pg_class'::regclass"
            connection.select_all "SELECT NULL::anyarray"
          end
        end.map(&:squish)

        expected_queries = [
          "select 'pg_catalog.pg_class'::regclass",
          oid_lookup_query_regex(initial_bulk_load: true),
          "select 'pg_catalog.pg_class'::regclass",
          "SELECT NULL::anyarray",
          oid_lookup_query_regex(initial_bulk_load: false),
        ]

        assert_equal expected_queries.size, queries.size
        assert expected_queries.zip(queries).all? { |expected, actual| expected === actual }
      ensure
        reset_pool
      end

      def test_bulk_loads_domains_after_first_unknown_oid_lookup
        @connection.execute "CREATE DOMAIN postgresql_domain_one AS integer"
        @connection.execute "CREATE DOMAIN postgresql_domain_two AS integer"
        @connection.create_table("postgresql_domain_type_map_bulk_loads_one", force: true) do |t|
          t.column :value, :postgresql_domain_one
        end
        @connection.create_table("postgresql_domain_type_map_bulk_loads_two", force: true) do |t|
          t.column :value, :postgresql_domain_two
        end
        reset_pool

        connection = ActiveRecord::Base.lease_connection
        connection.select_all "SELECT 1" # eagerly initialize the connection

        first_queries = silence_warnings do
          capture_sql(include_schema: true) do
            connection.columns("postgresql_domain_type_map_bulk_loads_one")
          end
        end.map(&:squish)
        first_lookup_queries = first_queries.select { |query| oid_lookup_query?(query) }
        expected_queries = [oid_lookup_query_regex(initial_bulk_load: true)]

        assert_equal expected_queries.size, first_lookup_queries.size
        assert expected_queries.zip(first_lookup_queries).all? { |expected, actual| expected === actual }

        second_queries = silence_warnings do
          capture_sql(include_schema: true) do
            connection.columns("postgresql_domain_type_map_bulk_loads_two")
          end
        end.map(&:squish)
        second_lookup_queries = second_queries.select { |query| oid_lookup_query?(query) }
        expected_queries = []

        assert_equal expected_queries.size, second_lookup_queries.size
        assert expected_queries.zip(second_lookup_queries).all? { |expected, actual| expected === actual }
      ensure
        @connection.drop_table "postgresql_domain_type_map_bulk_loads_one", if_exists: true
        @connection.drop_table "postgresql_domain_type_map_bulk_loads_two", if_exists: true
        @connection.execute "DROP DOMAIN IF EXISTS postgresql_domain_one"
        @connection.execute "DROP DOMAIN IF EXISTS postgresql_domain_two"
        reset_pool
      end

      def test_bulk_oid_lookup_query_excludes_system_catalog_types_for_known_servers
        query = nil

        @connection.stub(:database_version, 14_00_00) do
          @connection.send(:load_types_queries, [42], true) { |sql| query = sql.squish }
        end

        assert_includes query, "WHERE t.typtype IN ('r', 'e', 'd') AND t.typnamespace != 'pg_catalog'::regnamespace"
      end

      def test_bulk_oid_lookup_query_keeps_system_catalog_types_for_newer_servers
        query = nil

        @connection.stub(:database_version, ActiveRecord::ConnectionAdapters::PostgreSQL::OID::WellKnown::FIRST_UNKNOWN_PG_VERSION) do
          @connection.send(:load_types_queries, [42], true) { |sql| query = sql.squish }
        end

        assert_includes query, "WHERE t.typtype IN ('r', 'e', 'd')"
        assert_not_includes query, "t.typnamespace !="
      end

      def test_load_additional_types_cascades_dependency_lookups
        @connection.execute "CREATE DOMAIN postgresql_domain_base AS integer"
        @connection.execute "CREATE DOMAIN postgresql_domain_nested AS postgresql_domain_base[]"
        nested_array_oid = @connection.query_value("SELECT 'postgresql_domain_nested[]'::regtype::oid").to_i
        reset_pool

        connection = ActiveRecord::Base.lease_connection
        lookup_sql = "SELECT '{}'::postgresql_domain_nested[] AS value"

        queries = capture_sql(include_schema: true) do
          connection.select_all(lookup_sql)
        end.map(&:squish)
        lookup_queries = queries.select { |query| oid_lookup_query?(query) }
        expected_queries = [
          oid_lookup_query_regex(initial_bulk_load: true),
          oid_lookup_query_regex(initial_bulk_load: false),
        ]

        assert_equal expected_queries.size, lookup_queries.size
        assert expected_queries.zip(lookup_queries).all? { |expected, actual| expected === actual }
        assert connection.send(:type_map).key?(nested_array_oid)

        lookup_query = lookup_queries.find { |query| oid_lookup_query_regex(initial_bulk_load: true) === query }
        assert lookup_query

        explain = connection.select_value("EXPLAIN (FORMAT JSON) #{lookup_query}")
        plan = JSON.parse(explain).first.fetch("Plan")
        pg_type_scan_nodes = plan_nodes(plan).select { |node| node["Relation Name"] == "pg_type" }
        # Keep anti-OR behavior from #40876 visible: OID lookups should stay index-driven,
        # and only the typtype='d' branch may seq-scan.
        scan_summary = pg_type_scan_nodes.map do |node|
          index_name = plan_nodes(node).pluck("Index Name").compact.first
          [index_name, node["Filter"]]
        end.sort_by { |(index_name, filter)| [index_name.to_s, filter.to_s] }

        assert_equal 2, scan_summary.length
        assert_includes scan_summary, ["pg_type_oid_index", nil]

        seq_scan_filter = scan_summary.find { |index_name, filter| index_name.nil? && filter }.last
        assert_includes seq_scan_filter, "typtype = ANY ('{r,e,d}'::\"char\"[])"
      ensure
        @connection.execute "DROP DOMAIN IF EXISTS postgresql_domain_nested"
        @connection.execute "DROP DOMAIN IF EXISTS postgresql_domain_base"
        reset_pool
      end if ActiveRecord::Base.lease_connection.database_version >= 11_00_00

      def test_load_additional_types_cascades_dependency_lookups_after_initial_bulk_load
        reset_pool
        connection = ActiveRecord::Base.lease_connection
        silence_warnings { connection.select_all "select 'pg_catalog.pg_class'::regclass" }

        connection.execute "CREATE DOMAIN postgresql_domain_base_after_bulk AS integer"
        connection.execute "CREATE DOMAIN postgresql_domain_nested_after_bulk AS postgresql_domain_base_after_bulk"
        nested_array_oid = connection.query_value("SELECT 'postgresql_domain_nested_after_bulk[]'::regtype::oid").to_i

        result = silence_warnings do
          connection.select_all("SELECT '{}'::postgresql_domain_nested_after_bulk[] AS value")
        end

        assert_instance_of(PostgreSQLAdapter::OID::Array, result.column_types["value"])
        assert connection.send(:type_map).key?(nested_array_oid)
      ensure
        connection&.execute "DROP DOMAIN IF EXISTS postgresql_domain_nested_after_bulk"
        connection&.execute "DROP DOMAIN IF EXISTS postgresql_domain_base_after_bulk"
        reset_pool
      end if ActiveRecord::Base.lease_connection.database_version >= 11_00_00

      def test_only_warn_on_first_encounter_of_unrecognized_oid
        reset_pool
        connection = ActiveRecord::Base.lease_connection

        warning = capture(:stderr) {
          connection.select_all "select 'pg_catalog.pg_class'::regclass"
          connection.select_all "select 'pg_catalog.pg_class'::regclass"
          connection.select_all "select 'pg_catalog.pg_class'::regclass"
        }
        assert_match(/\Aunknown OID \d+: failed to recognize type of 'regclass'\. It will be treated as String\.\n\z/, warning)
      ensure
        reset_pool
      end

      def test_unparsed_defaults_are_at_least_set_when_saving
        with_example_table "id SERIAL PRIMARY KEY, number INTEGER NOT NULL DEFAULT (4 + 4) * 2 / 4" do
          number_klass = Class.new(ActiveRecord::Base) do
            self.table_name = "ex"
          end
          column = number_klass.columns_hash["number"]
          assert_nil column.default
          assert_nil column.default_function

          first_number = number_klass.new
          assert_nil first_number.number

          first_number.save!
          assert_equal 4, first_number.reload.number
        end
      end

      def test_only_check_for_insensitive_comparison_capability_once
        @connection.execute("CREATE DOMAIN example_type AS integer")

        with_example_table "id SERIAL PRIMARY KEY, number example_type" do
          number_klass = Class.new(ActiveRecord::Base) do
            self.table_name = "ex"
          end
          attribute = number_klass.arel_table[:number]
          assert_queries_count(include_schema: true) do
            @connection.case_insensitive_comparison(attribute, "foo")
          end
          assert_no_queries do
            @connection.case_insensitive_comparison(attribute, "foo")
          end
        end
      ensure
        @connection.execute("DROP DOMAIN example_type")
      end

      def test_extensions_omits_current_schema_name
        @connection.execute("DROP EXTENSION IF EXISTS hstore")
        @connection.execute("CREATE SCHEMA customschema")
        @connection.execute("CREATE EXTENSION hstore SCHEMA customschema")
        assert_includes @connection.extensions, "customschema.hstore"
      ensure
        @connection.execute("DROP SCHEMA IF EXISTS customschema CASCADE")
        @connection.execute("DROP EXTENSION IF EXISTS hstore")
      end

      def test_extensions_includes_non_current_schema_name
        @connection.execute("DROP EXTENSION IF EXISTS hstore")
        @connection.execute("CREATE EXTENSION hstore")
        assert_includes @connection.extensions, "hstore"
      ensure
        @connection.execute("DROP EXTENSION IF EXISTS hstore")
      end

      def test_ignores_warnings_when_behavior_ignore
        with_db_warnings_action(:ignore) do
          result = @connection.execute("do $$ BEGIN RAISE WARNING 'foo'; END; $$")

          assert_equal [], result.to_a
        end
      end

      def test_logs_warnings_when_behavior_log
        with_db_warnings_action(:log) do
          sql_warning = "[ActiveRecord::SQLWarning] PostgreSQL SQL warning (01000)"

          assert_called_with(ActiveRecord::Base.logger, :warn, [sql_warning]) do
            @connection.execute("do $$ BEGIN RAISE WARNING 'PostgreSQL SQL warning'; END; $$")
          end
        end
      end

      def test_raises_warnings_when_behavior_raise
        with_db_warnings_action(:raise) do
          error = assert_raises(ActiveRecord::SQLWarning) do
            @connection.execute("do $$ BEGIN RAISE WARNING 'PostgreSQL SQL warning'; END; $$")
          end
          assert_equal @connection.pool, error.connection_pool
        end
      end

      def test_reports_when_behavior_report
        with_db_warnings_action(:report) do
          error_reporter = ActiveSupport::ErrorReporter.new
          subscriber = ActiveSupport::ErrorReporter::TestHelper::ErrorSubscriber.new

          Rails.define_singleton_method(:error) { error_reporter }
          Rails.error.subscribe(subscriber)

          @connection.execute("do $$ BEGIN RAISE WARNING 'PostgreSQL SQL warning'; END; $$")
          warning_event, * = subscriber.events.first

          assert_kind_of ActiveRecord::SQLWarning, warning_event
          assert_equal "PostgreSQL SQL warning", warning_event.message
        end
      end

      def test_warnings_behavior_can_be_customized_with_a_proc
        warning_message = nil
        warning_level = nil
        warning_action = ->(warning) do
          warning_message = warning.message
          warning_level = warning.level
        end

        with_db_warnings_action(warning_action) do
          @connection.execute("do $$ BEGIN RAISE WARNING 'PostgreSQL SQL warning'; END; $$")

          assert_equal "PostgreSQL SQL warning", warning_message
          assert_equal "WARNING", warning_level
        end
      end

      def test_clears_warnings_after_handling_non_execute_query
        warning_sql = "do $$ BEGIN RAISE WARNING 'PostgreSQL SQL warning'; END; $$"
        warnings = []
        warning_action = ->(warning) { warnings << [warning.message, warning.sql] }

        with_db_warnings_action(warning_action) do
          @connection.exec_query(warning_sql)
          @connection.exec_query("SELECT 1")
        end

        assert_equal [["PostgreSQL SQL warning", warning_sql]], warnings
      end

      def test_clears_warnings_after_non_execute_warning_action_raises
        with_db_warnings_action(:raise) do
          assert_raises(ActiveRecord::SQLWarning) do
            @connection.exec_query("do $$ BEGIN RAISE WARNING 'PostgreSQL SQL warning'; END; $$")
          end

          assert_nothing_raised do
            @connection.exec_query("SELECT 1")
          end
        end
      end

      def test_handles_warnings_after_non_execute_query_raises
        warning_sql = "do $$ BEGIN RAISE WARNING 'PostgreSQL SQL warning'; RAISE EXCEPTION 'PostgreSQL SQL error'; END; $$"
        warnings = []
        warning_action = ->(warning) { warnings << [warning.message, warning.sql] }

        with_db_warnings_action(warning_action) do
          assert_raises(ActiveRecord::StatementInvalid) do
            @connection.exec_query(warning_sql)
          end

          @connection.exec_query("SELECT 1")
        end

        assert_equal [["PostgreSQL SQL warning", warning_sql]], warnings
      end

      def test_warning_action_does_not_hide_non_execute_query_error
        with_db_warnings_action(:raise) do
          error = assert_raises(ActiveRecord::StatementInvalid) do
            @connection.exec_query("do $$ BEGIN RAISE WARNING 'PostgreSQL SQL warning'; RAISE EXCEPTION 'PostgreSQL SQL error'; END; $$")
          end
          assert_match(/PostgreSQL SQL error/, error.message)

          assert_nothing_raised do
            @connection.exec_query("SELECT 1")
          end
        end
      end

      def test_allowlist_of_warnings_to_ignore
        with_db_warnings_action(:raise, [/PostgreSQL SQL warning/]) do
          result = @connection.execute("do $$ BEGIN RAISE WARNING 'PostgreSQL SQL warning'; END; $$")

          assert_equal [], result.to_a
        end
      end

      def test_allowlist_of_warning_codes_to_ignore
        with_example_table do
          with_db_warnings_action(:raise, ["01000"]) do
            result = @connection.execute("do $$ BEGIN RAISE WARNING 'PostgreSQL SQL warning'; END; $$")
            assert_equal [], result.to_a
          end
        end
      end

      def test_does_not_raise_notice_level_warnings
        with_db_warnings_action(:raise, [/PostgreSQL SQL warning/]) do
          result = @connection.execute("DROP TABLE IF EXISTS non_existent_table")

          assert_equal [], result.to_a
        end
      end

      def test_date_decoding_enabled
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        with_postgresql_adapter(db_config.configuration_hash) do |connection|
          with_postgresql_apdater_decode_dates do
            date = connection.select_value("select '2024-01-01'::date")
            assert_equal Date.new(2024, 01, 01), date
            assert_equal Date, date.class
          end
        end
      end

      def test_date_decoding_disabled
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        with_postgresql_adapter(db_config.configuration_hash) do |connection|
          date = connection.select_value("select '2024-01-01'::date")
          assert_equal "2024-01-01", date
          assert_equal String, date.class
        end
      end

      def test_money_decoding_enabled
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        with_postgresql_adapter(db_config.configuration_hash) do |connection|
          PostgreSQLAdapter.with(decode_money: true) do
            money = connection.select_value("select '12.34'::money")
            assert_equal BigDecimal("12.34"), money
            assert_equal BigDecimal, money.class
          end
        end
      end

      def test_money_decoding_disabled
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        with_postgresql_adapter(db_config.configuration_hash) do |connection|
          money = connection.select_value("select '12.34'::money")
          assert_equal "$12.34", money
          assert_equal String, money.class
        end
      end

      def test_bytea_decoding_enabled
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        with_postgresql_adapter(db_config.configuration_hash) do |connection|
          PostgreSQLAdapter.with(decode_bytea: true) do
            bytea = connection.select_value("select '\\x48656c6c6f'::bytea")
            assert_equal "Hello", bytea
            assert_equal Encoding::BINARY, bytea.encoding
          end
        end
      end

      def test_bytea_decoding_disabled
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
        with_postgresql_adapter(db_config.configuration_hash) do |connection|
          bytea = connection.select_value("select '\\x48656c6c6f'::bytea")
          assert_equal "\\x48656c6c6f", bytea
          assert_equal Encoding::UTF_8, bytea.encoding
        end
      end

      def test_bytea_unescape_after_decode_prevents_corruption
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")

        PostgreSQLAdapter.with(decode_bytea: true) do
          # Need fresh connection after changing decode_bytea setting
          with_postgresql_adapter(db_config.configuration_hash) do |connection|
            bytea = connection.select_value("select '\\x48656c6c6f'::bytea")
            assert_equal "Hello", bytea
            assert_equal Encoding::BINARY, bytea.encoding

            # Attempting to unescape already-decoded data should prevent corruption
            assert_deprecated(ActiveRecord.deprecator) do
              unescaped = PG::Connection.unescape_bytea(bytea)
              # Should return the already-decoded value, not corrupt it
              assert_equal "Hello", unescaped
              assert_equal Encoding::BINARY, unescaped.encoding
            end
          end
        end
      end

      def test_bytea_unescape_normal_usage_still_works
        encoded = "\\x48656c6c6f"

        unescaped = PG::Connection.unescape_bytea(encoded)
        assert_equal "Hello", unescaped
        assert_equal Encoding::BINARY, unescaped.encoding
      end

      def test_bytea_marker_removed_by_type_system
        db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")

        PostgreSQLAdapter.with(decode_bytea: true) do
          with_postgresql_adapter(db_config.configuration_hash) do |connection|
            bytea = connection.select_value("select '\\x48656c6c6f'::bytea")
            assert bytea.instance_variable_defined?(:@ar_pg_bytea_decoded)

            type = ActiveRecord::ConnectionAdapters::PostgreSQL::OID::Bytea.new
            processed = type.deserialize(bytea)

            assert_not processed.instance_variable_defined?(:@ar_pg_bytea_decoded)
          end
        end
      end

      def test_bytea_warns_on_unmarked_binary_string
        type = ActiveRecord::ConnectionAdapters::PostgreSQL::OID::Bytea.new

        encoded = "\\x48656c6c6f".b
        assert_deprecated(ActiveRecord.deprecator, /Bytea column received a binary-encoded string/) do
          result = type.deserialize(encoded)
          assert_equal "Hello", result
          assert_equal Encoding::BINARY, result.encoding
        end
      end

      def test_bytea_marked_true_skips_decode
        type = ActiveRecord::ConnectionAdapters::PostgreSQL::OID::Bytea.new

        decoded = "\\x48656c6c6f".b
        decoded.instance_variable_set(:@ar_pg_bytea_decoded, true)

        result = type.deserialize(decoded)
        assert_equal "\\x48656c6c6f", result  # Should stay as-is, not become "Hello"
        assert_equal Encoding::BINARY, result.encoding
        assert_not result.instance_variable_defined?(:@ar_pg_bytea_decoded)
      end

      def test_bytea_marked_false_decodes_without_warning
        type = ActiveRecord::ConnectionAdapters::PostgreSQL::OID::Bytea.new

        encoded = "\\x48656c6c6f".b
        encoded.instance_variable_set(:@ar_pg_bytea_decoded, false)

        result = type.deserialize(encoded)
        assert_equal "Hello", result
        assert_equal Encoding::BINARY, result.encoding
        assert_not result.instance_variable_defined?(:@ar_pg_bytea_decoded)
      end

      def test_bytea_binary_data_marker_removed
        type = ActiveRecord::ConnectionAdapters::PostgreSQL::OID::Bytea.new

        marked = "\\x48656c6c6f".b
        marked.instance_variable_set(:@ar_pg_bytea_decoded, true)
        data = ActiveModel::Type::Binary::Data.new(marked)

        result = type.deserialize(data)
        assert_equal "\\x48656c6c6f", result  # Should stay as-is, not become "Hello"
        assert_not result.instance_variable_defined?(:@ar_pg_bytea_decoded)
      end

      def test_disable_extension_with_schema
        @connection.execute("CREATE SCHEMA custom_schema")
        @connection.execute("DROP EXTENSION IF EXISTS hstore")
        @connection.execute("CREATE EXTENSION hstore SCHEMA custom_schema")
        result = @connection.select_values("SELECT extname FROM pg_extension WHERE extnamespace = (SELECT oid FROM pg_namespace WHERE nspname = 'custom_schema')")
        assert_equal ["hstore"], result

        @connection.disable_extension "custom_schema.hstore"
        result = @connection.select_values("SELECT extname FROM pg_extension WHERE extnamespace = (SELECT oid FROM pg_namespace WHERE nspname = 'custom_schema')")
        assert_equal [], result
      ensure
        @connection.execute("DROP EXTENSION IF EXISTS hstore")
        @connection.execute("DROP SCHEMA IF EXISTS custom_schema CASCADE")
      end

      def test_disable_extension_without_schema
        @connection.execute("DROP EXTENSION IF EXISTS hstore")
        @connection.execute("CREATE EXTENSION hstore")
        result = @connection.select_values("SELECT extname FROM pg_extension")
        assert_includes result, "hstore"

        @connection.disable_extension "hstore"
        result = @connection.select_values("SELECT extname FROM pg_extension")
        assert_not_includes result, "hstore"
      ensure
        @connection.execute("DROP EXTENSION IF EXISTS hstore")
      end

      def test_generated_changes_column_equality
        cast_type = @connection.lookup_cast_type("varchar")
        type_metadata = SqlTypeMetadata.new(sql_type: "varchar", type: :string)

        stored_column = PostgreSQL::Column.new("name", cast_type, nil, type_metadata, true, nil, generated: "s")
        virtual_column = PostgreSQL::Column.new("name", cast_type, nil, type_metadata, true, nil, generated: "v")

        assert_not_equal stored_column, virtual_column
        assert_not_equal stored_column.hash, virtual_column.hash
      end

      private
        def with_postgresql_apdater_decode_dates
          PostgreSQLAdapter.decode_dates = true
          yield
        ensure
          PostgreSQLAdapter.decode_dates = false
        end

        def with_example_table(definition = "id serial primary key, number integer, data character varying(255)", &block)
          super(@connection, "ex", definition, &block)
        end

        # Yields a freshly built PostgreSQLAdapter and disconnects it when the
        # block exits. Used so tests don't leak the underlying PG socket
        # waiting for the pg gem's finalizer to fire at GC time.
        def with_postgresql_adapter(config_hash)
          connection = ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.new(config_hash)
          yield connection
        ensure
          connection&.disconnect!
        end

        def connection_without_insert_returning(&block)
          db_config = ActiveRecord::Base.configurations.configs_for(env_name: "arunit", name: "primary")
          assert_deprecated(ActiveRecord.deprecator) do
            with_postgresql_adapter(db_config.configuration_hash.merge(insert_returning: false), &block)
          end
        end

        def oid_lookup_query?(query)
          query.start_with?(
            "SELECT t.oid, t.typname, t.typelem, t.typdelim, t.typinput, r.rngsubtype, t.typtype, t.typbasetype " \
            "FROM pg_type AS t LEFT JOIN pg_range AS r ON oid = rngtypid WHERE t.oid IN ("
          )
        end

        def oid_lookup_query_regex(initial_bulk_load:)
          oid_list_pattern = "\\d+(?:,\\s*\\d+)*"
          query_prefix = Regexp.escape(
            "SELECT t.oid, t.typname, t.typelem, t.typdelim, t.typinput, r.rngsubtype, t.typtype, t.typbasetype " \
            "FROM pg_type AS t LEFT JOIN pg_range AS r ON oid = rngtypid WHERE "
          )
          bulk_clause = if initial_bulk_load
            Regexp.escape(" UNION ") + query_prefix + Regexp.escape("t.typtype IN ('r', 'e', 'd')") +
              "(?:" + Regexp.escape(" AND t.typnamespace != 'pg_catalog'::regnamespace") + ")?"
          else
            ""
          end

          /\A#{query_prefix}t\.oid\ IN\ \(#{oid_list_pattern}\)#{bulk_clause}\z/
        end

        def plan_nodes(node)
          [node].concat((node["Plans"] || []).flat_map { |child| plan_nodes(child) })
        end
    end
  end
end
