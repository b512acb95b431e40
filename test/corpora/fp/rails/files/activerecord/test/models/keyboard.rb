# frozen_string_literal: true

class Keyboard < ActiveRecord::Base
  self.primary_key = "key_number"
end
