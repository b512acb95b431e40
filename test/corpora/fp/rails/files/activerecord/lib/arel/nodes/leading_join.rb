# frozen_string_literal: true

module Arel # :nodoc: all
  module Nodes
    class LeadingJoin < Arel::Nodes::InnerJoin
    end
  end
end
