# frozen_string_literal: true

class StringKeyObject < ActiveRecord::Base
  self.primary_key = :id
end
