# frozen_string_literal: true

class Cart < ActiveRecord::Base
  self.primary_key = :id
end
