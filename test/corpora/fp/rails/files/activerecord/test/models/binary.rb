# frozen_string_literal: true

class Binary < ActiveRecord::Base
end
