# frozen_string_literal: true

class Measurement < ActiveRecord::Base
end
