# frozen_string_literal: true

# DATS = Deprecated Associations Test Suite.
class DATS::Comment < ActiveRecord::Base
  self.inheritance_column = nil
end
