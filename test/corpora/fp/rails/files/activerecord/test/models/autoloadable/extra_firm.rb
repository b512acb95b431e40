# frozen_string_literal: true

class ExtraFirm < Company
end
