# frozen_string_literal: true

class Minimalistic < ActiveRecord::Base
end
