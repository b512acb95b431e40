# frozen_string_literal: true

class NonPrimaryKey < ActiveRecord::Base
end
