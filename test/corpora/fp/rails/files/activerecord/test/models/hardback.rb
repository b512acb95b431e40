# frozen_string_literal: true

class Hardback < ActiveRecord::Base
end

class BestHardback < Hardback
end
