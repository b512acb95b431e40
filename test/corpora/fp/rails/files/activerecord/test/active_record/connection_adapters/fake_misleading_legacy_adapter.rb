# frozen_string_literal: true

module ActiveRecord
  module ConnectionAdapters
    class FakeMisleadingLegacyAdapter < AbstractAdapter
    end
  end
end
