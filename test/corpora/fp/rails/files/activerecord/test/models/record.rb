# frozen_string_literal: true

class Record < ActiveRecord::Base
end
