# frozen_string_literal: true

class Possession < ActiveRecord::Base
  self.table_name = "having"
end
