# frozen_string_literal: true

Rails.deprecator.warn <<~TEXT
  rails/tasks/statistics.rake is deprecated and will be removed in Rails 8.2 without replacement.
TEXT
