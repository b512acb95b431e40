# frozen_string_literal: true

class InvokesAnUndefinedMethod
  this_method_is_undefined
end
