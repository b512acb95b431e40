# frozen_string_literal: true

require "arel/visitors/visitor"
require "arel/visitors/to_sql"
require "arel/visitors/sqlite"
require "arel/visitors/postgresql"
require "arel/visitors/mysql"
require "arel/visitors/dot"

module Arel # :nodoc: all
  module Visitors
  end
end
