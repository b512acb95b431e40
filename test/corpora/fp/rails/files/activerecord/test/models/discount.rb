# frozen_string_literal: true

class Discount < ActiveRecord::Base
end
