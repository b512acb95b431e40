# frozen_string_literal: true

# DATS = Deprecated Associations Test Suite.
class DATS::Tire < ActiveRecord::Base
end
