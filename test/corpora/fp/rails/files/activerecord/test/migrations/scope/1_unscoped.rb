# frozen_string_literal: true

class Unscoped < ActiveRecord::Migration::Current
  def self.change
    create_table "unscoped"
  end
end
