# frozen_string_literal: true

class Boolean < ActiveRecord::Base
  def has_fun
    super
  end
end
