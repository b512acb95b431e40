# frozen_string_literal: true

class ColumnName < ActiveRecord::Base
  self.table_name = "colnametests"
end
