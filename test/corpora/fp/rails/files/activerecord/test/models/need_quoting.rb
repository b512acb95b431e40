# frozen_string_literal: true

class NeedQuoting < ActiveRecord::Base
  self.table_name = "1_need_quoting"
end
