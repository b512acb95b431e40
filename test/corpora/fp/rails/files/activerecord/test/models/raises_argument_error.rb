# frozen_string_literal: true

class RaisesArgumentError
  raise ArgumentError
end
