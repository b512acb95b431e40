# frozen_string_literal: true

require_relative "sharded/blog"
require_relative "sharded/blog_post"
require_relative "sharded/blog_post_with_revision"
require_relative "sharded/comment"
require_relative "sharded/tag"
require_relative "sharded/blog_post_tag"
