# frozen_string_literal: true

require_relative "../helper"

module Arel
  module Nodes
    class GroupingTest < Arel::Test
      test "should create Equality nodes" do
        grouping = Grouping.new(Nodes.build_quoted("foo"))
        assert_like "('foo') = 'foo'", grouping.eq("foo").to_sql
      end

      test "equality is equal with equal ivars" do
        array = [Grouping.new("foo"), Grouping.new("foo")]
        assert_equal 1, array.uniq.size
      end

      test "equality is not equal with different ivars" do
        array = [Grouping.new("foo"), Grouping.new("bar")]
        assert_equal 2, array.uniq.size
      end
    end
  end
end
