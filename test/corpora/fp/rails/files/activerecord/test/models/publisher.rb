# frozen_string_literal: true

module Publisher
end
