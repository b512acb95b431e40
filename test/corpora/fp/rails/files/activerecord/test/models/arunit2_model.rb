# frozen_string_literal: true

class ARUnit2Model < ActiveRecord::Base
  self.abstract_class = true
end
