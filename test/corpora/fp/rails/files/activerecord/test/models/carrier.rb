# frozen_string_literal: true

class Carrier < ActiveRecord::Base
end
