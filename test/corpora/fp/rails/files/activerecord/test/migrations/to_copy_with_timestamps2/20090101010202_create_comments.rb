# frozen_string_literal: true

class CreateComments < ActiveRecord::Migration::Current
  def self.up
  end

  def self.down
  end
end
