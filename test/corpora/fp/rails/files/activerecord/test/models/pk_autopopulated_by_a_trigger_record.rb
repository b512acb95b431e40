# frozen_string_literal: true

class PkAutopopulatedByATriggerRecord < ActiveRecord::Base
  self.primary_key = :id
end
