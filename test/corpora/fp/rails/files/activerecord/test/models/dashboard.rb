# frozen_string_literal: true

class Dashboard < ActiveRecord::Base
  self.primary_key = :dashboard_id
end
