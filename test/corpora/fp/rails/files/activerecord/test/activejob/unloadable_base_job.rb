# frozen_string_literal: true

class UnloadableBaseJob < PretendActiveJobIsNotPresent; end
