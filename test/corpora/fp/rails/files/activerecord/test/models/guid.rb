# frozen_string_literal: true

class Guid < ActiveRecord::Base
end
