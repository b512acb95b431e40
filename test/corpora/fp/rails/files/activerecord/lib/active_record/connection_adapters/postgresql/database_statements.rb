# frozen_string_literal: true

module ActiveRecord
  module ConnectionAdapters
    module PostgreSQL
      module DatabaseStatements
        def explain(arel_or_sql, binds = [], options = [])
          sql, binds = to_sql_and_binds(arel_or_sql, binds)
          sql = build_explain_clause(options) + " " + sql
          result = select_all(sql, "EXPLAIN", binds)
          PostgreSQL::ExplainPrettyPrinter.new.pp(result)
        end

        # Queries the database and returns the results in an Array-like object
        def query_rows(sql, name = "SCHEMA", allow_retry: true, materialize_transactions: false) # :nodoc:
          intent = internal_build_intent(sql, name, allow_retry:, materialize_transactions:)
          intent.execute!
          result = intent.raw_result
          result.map_types!(@type_map_for_results).values
        end

        READ_QUERY = ActiveRecord::ConnectionAdapters::AbstractAdapter.build_read_query_regexp(
          :close, :declare, :fetch, :move, :set, :show, :reset
        ) # :nodoc:
        private_constant :READ_QUERY

        def write_query?(sql) # :nodoc:
          !READ_QUERY.match?(sql)
        rescue ArgumentError # Invalid encoding
          !READ_QUERY.match?(sql.b)
        end

        def insert(arel_or_sql, name = nil, pk = nil, id_value = nil, sequence_name = nil, binds = [], returning: nil) # :nodoc:
          sequence_name, pk = resolve_currval_for_insert(arel_or_sql, pk, sequence_name, returning)
          super
        end

        def exec_insert(sql, name = nil, binds = [], pk = nil, sequence_name = nil, returning: nil) # :nodoc:
          sequence_name, pk = resolve_currval_for_insert(sql, pk, sequence_name, returning)
          super
        end

        def _exec_insert(intent, sequence_name = nil, returning: nil) # :nodoc:
          if @use_insert_returning || !returning.nil?
            super
          else
            intent.execute!
            result = intent.cast_result
            return result unless sequence_name
            query_all("SELECT currval(#{quote(sequence_name)})", "SQL")
          end
        end

        # Begins a transaction.
        def begin_db_transaction # :nodoc:
          query_command("BEGIN", "TRANSACTION", allow_retry: true, materialize_transactions: false)
        end

        def begin_isolated_db_transaction(isolation) # :nodoc:
          query_command("BEGIN ISOLATION LEVEL #{transaction_isolation_levels.fetch(isolation)}", "TRANSACTION", allow_retry: true, materialize_transactions: false)
        end

        # Commits a transaction.
        def commit_db_transaction # :nodoc:
          query_command("COMMIT", "TRANSACTION", allow_retry: false, materialize_transactions: true)
        end

        # Aborts a transaction.
        def exec_rollback_db_transaction # :nodoc:
          cancel_any_running_query
          query_command("ROLLBACK", "TRANSACTION", allow_retry: false, materialize_transactions: true)
        end

        def exec_restart_db_transaction # :nodoc:
          cancel_any_running_query
          query_command("ROLLBACK AND CHAIN", "TRANSACTION", allow_retry: false, materialize_transactions: true)
        end

        # From https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-CURRENT
        HIGH_PRECISION_CURRENT_TIMESTAMP = Arel.sql("CURRENT_TIMESTAMP", retryable: true).freeze # :nodoc:
        private_constant :HIGH_PRECISION_CURRENT_TIMESTAMP

        def high_precision_current_timestamp
          HIGH_PRECISION_CURRENT_TIMESTAMP
        end

        def build_explain_clause(options = [])
          return "EXPLAIN" if options.empty?

          options = options.flat_map do |option|
            option.is_a?(Hash) ? option.to_a.map { |nested| nested.join(" ") } : option
          end

          "EXPLAIN (#{options.join(", ").upcase})"
        end

        # Set when constraints will be checked for the current transaction.
        #
        # Not passing any specific constraint names will set the value for all deferrable constraints.
        #
        # [<tt>deferred</tt>]
        #   Valid values are +:deferred+ or +:immediate+.
        #
        # See https://www.postgresql.org/docs/current/sql-set-constraints.html
        def set_constraints(deferred, *constraints)
          unless %i[deferred immediate].include?(deferred)
            raise ArgumentError, "deferred must be :deferred or :immediate"
          end

          constraints = if constraints.empty?
            "ALL"
          else
            constraints.map { |c| quote_table_name(c) }.join(", ")
          end
          execute("SET CONSTRAINTS #{constraints} #{deferred.to_s.upcase}")
        end

        def execute_batch(statements, name = nil, **kwargs) # :nodoc:
          intent = QueryIntent.new(
            adapter: self,
            processed_sql: combine_multi_statements(statements),
            name: name,
            batch: true,
            binds: kwargs[:binds] || [],
            prepare: kwargs[:prepare] || false,
            allow_async: kwargs[:async] || false,
            allow_retry: kwargs[:allow_retry] || false,
            materialize_transactions: kwargs[:materialize_transactions] != false
          )
          intent.execute!
          intent.finish
        end

        private
          IDLE_TRANSACTION_STATUSES = [PG::PQTRANS_IDLE, PG::PQTRANS_INTRANS, PG::PQTRANS_INERROR].freeze
          private_constant :IDLE_TRANSACTION_STATUSES

          # When RETURNING is globally disabled, a positional `pk` was
          # historically the signal to use the currval fallback in
          # `_exec_insert`. Resolve `sequence_name` from the caller's `pk` (or
          # the schema cache's primary key) so the fallback still runs against
          # the intended sequence — including on tables where a `BEFORE INSERT`
          # trigger short-circuits `RETURNING` (e.g. partitioned inheritance).
          # Then drop `pk` to skip the abstract's translation into `returning:`
          # (which would force the RETURNING path and bypass the fallback).
          def resolve_currval_for_insert(arel_or_sql, pk, sequence_name, returning)
            return [sequence_name, pk] if @use_insert_returning
            return [sequence_name, pk] if !returning.nil? || pk == false

            if sequence_name.nil? && (table_ref = table_ref_for_insert(arel_or_sql))
              effective_pk = pk || schema_cache.primary_keys(table_ref)
              sequence_name = default_sequence_name(table_ref, effective_pk) if effective_pk
            end

            [sequence_name, nil]
          end

          def cancel_any_running_query
            return if @raw_connection.nil? || IDLE_TRANSACTION_STATUSES.include?(@raw_connection.transaction_status)

            # Skip @raw_connection.cancel (PG::Connection#cancel) when using libpq >= 18 with pg < 1.6.0,
            # because the pg gem cannot obtain the backend_key in that case.
            # This method is only called from exec_rollback_db_transaction and exec_restart_db_transaction.
            # Even without cancel, rollback will still run. However, since any running
            # query must finish first, the rollback may take longer.
            if !(PG.library_version >= 18_00_00 && Gem::Version.new(PG::VERSION) < Gem::Version.new("1.6.0"))
              @raw_connection.cancel
            end
            @raw_connection.block
          rescue PG::Error
          end

          def perform_query(raw_connection, intent)
            if fatal = consume_notice_receiver_fatal_error
              raise fatal
            end

            raw_connection.discard_results

            if intent.prepare
              begin
                stmt_key = prepare_statement(intent.processed_sql, intent.binds, raw_connection)
                intent.notification_payload[:statement_name] = stmt_key
                raw_connection.send_query_prepared(stmt_key, intent.type_casted_binds)
                result = get_result(raw_connection)
                result&.check
              rescue PG::FeatureNotSupported => error
                if is_cached_plan_failure?(error)
                  # Nothing we can do if we are in a transaction because all commands
                  # will raise InFailedSQLTransaction
                  if in_transaction?
                    raise PreparedStatementCacheExpired.new(error.message, connection_pool: @pool)
                  else
                    @lock.synchronize do
                      # outside of transactions we can simply flush this query and retry
                      @statements.delete sql_key(intent.processed_sql)
                    end
                    retry
                  end
                end

                raise
              end
            else
              if intent.has_binds?
                raw_connection.send_query_params(intent.processed_sql, intent.type_casted_binds)
              else
                raw_connection.send_query(intent.processed_sql)
              end

              result = get_result(raw_connection)
              result&.check
            end

            verified!

            intent.notification_payload[:affected_rows] = result.cmd_tuples
            intent.notification_payload[:row_count] = result.ntuples
            result
          end

          def cast_result(result)
            ar_result = if result.fields.empty?
              ActiveRecord::Result.empty(affected_rows: result.cmd_tuples)
            else
              fields = result.fields
              types = Array.new(fields.size)
              field_types = Array.new(fields.size)
              missing_oids = []

              fields.size.times do |index|
                ftype = result.ftype(index)
                field_types[index] = ftype
                missing_oids << ftype unless type_map.key?(ftype)
              end

              if missing_oids.any?
                load_additional_types(missing_oids)

                fields.size.times do |index|
                  ftype = field_types[index]
                  next if type_map.key?(ftype)

                  register_unknown_oid_type(ftype, fields[index])
                end
              end

              fields.size.times do |index|
                ftype = field_types[index]
                fmod  = result.fmod(index)
                types[index] = get_oid_type(ftype, fmod, fields[index])
              end

              ActiveRecord::Result.new(fields, result.values, types.freeze, affected_rows: result.cmd_tuples)
            end

            result.clear
            ar_result
          end

          def affected_rows(result)
            affected_rows = result.cmd_tuples
            result.clear
            affected_rows
          end

          def build_truncate_statements(table_names)
            ["TRUNCATE TABLE #{table_names.map(&method(:quote_table_name)).join(", ")}"]
          end

          def handle_warnings(result, sql)
            warnings, @notice_receiver_sql_warnings = @notice_receiver_sql_warnings, []

            warnings.each do |warning|
              next if warning_ignored?(warning)

              warning.sql = sql
              ActiveRecord.db_warnings_action.call(warning)
            end
          end

          def warning_ignored?(warning)
            ["WARNING", "ERROR", "FATAL", "PANIC"].exclude?(warning.level) || super
          end

          def get_result(raw_connection)
            result = nil
            while incoming = raw_connection.get_result
              result&.clear
              result = incoming

              if result.result_status == PG::PGRES_FATAL_ERROR
                result.check if connection_terminating_severity?(result)
              end
            end
            result
          end
      end
    end
  end
end
