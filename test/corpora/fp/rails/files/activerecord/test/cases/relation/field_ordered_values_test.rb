# frozen_string_literal: true

require "cases/helper"
require "models/author"
require "models/post"
require "models/book"

class FieldOrderedValuesTest < ActiveRecord::TestCase
  fixtures :posts

  def test_in_order_of
    order = [3, 4, 1]
    posts = Post.in_order_of(:id, order)

    assert_equal(order, posts.map(&:id))
  end

  def test_in_order_of_empty
    posts = Post.in_order_of(:id, [])

    assert_empty(posts)
  end

  def test_in_order_of_with_enums_values
    Book.destroy_all
    Book.create!(status: :proposed)
    Book.create!(status: :written)
    Book.create!(status: :published)

    order = %w[written published proposed]
    books = Book.in_order_of(:status, order)
    assert_equal(order, books.map(&:status))

    books = Book.in_order_of("status", order)
    assert_equal(order, books.map(&:status))
  end

  def test_in_order_of_with_enums_keys
    Book.destroy_all
    Book.create!(status: :proposed)
    Book.create!(status: :written)
    Book.create!(status: :published)

    order = [Book.statuses[:written], Book.statuses[:published], Book.statuses[:proposed]]
    books = Book.in_order_of(:status, order)

    assert_equal(order, books.map { |book| Book.statuses[book.status] })
  end

  def test_in_order_of_expression
    order = [3, 4, 1]
    posts = Post.in_order_of(Arel.sql("id * 2"), order.map { |id| id * 2 })

    assert_equal(order, posts.map(&:id))
  end

  def test_in_order_of_with_string_column
    Book.destroy_all
    Book.create!(format: "paperback")
    Book.create!(format: "ebook")
    Book.create!(format: "hardcover")

    order = %w[hardcover paperback ebook]
    books = Book.in_order_of(:format, order)
    assert_equal(order, books.map(&:format))

    books = Book.in_order_of("format", order)
    assert_equal(order, books.map(&:format))
  end

  def test_in_order_of_after_regular_order
    order = [3, 4, 1]
    posts = Post.where(type: "Post").order(:type).in_order_of(:id, order)
    assert_equal(order, posts.map(&:id))

    posts = Post.where(type: "Post").order(:type).in_order_of("id", order)
    assert_equal(order, posts.map(&:id))
  end

  def test_in_order_of_with_nil
    Book.destroy_all
    Book.create!(format: "paperback")
    Book.create!(format: "ebook")
    Book.create!(format: nil)

    order = ["ebook", nil, "paperback"]
    books = Book.in_order_of(:format, order)
    assert_equal(order, books.map(&:format))

    books = Book.in_order_of("format", order)
    assert_equal(order, books.map(&:format))
  end

  def test_in_order_of_with_associations
    Author.destroy_all
    Book.destroy_all
    john = Author.create(name: "John")
    bob = Author.create(name: "Bob")
    anna = Author.create(name: "Anna")

    john.books.create
    bob.books.create
    anna.books.create

    order = ["Bob", "Anna", "John"]
    books = Book.joins(:author).in_order_of("authors.name", order)
    assert_equal(order, books.map { |book| book.author.name })

    books = Book.joins(:author).in_order_of(:"authors.name", order)
    assert_equal(order, books.map { |book| book.author.name })
  end

  def test_in_order_of_with_filter_false
    order = [3, 4, 1]
    posts = Post.in_order_of(:id, order, filter: false)

    assert_equal(order, posts.limit(3).map(&:id))
    assert_equal(11, posts.count)
  end

  def test_in_order_of_with_out_of_bound_integer
    max_integer = Post.type_for_attribute(:id).send(:max_value)
    order = [max_integer, 1]
    posts = Post.where(type: "Post").order(:type).in_order_of(:id, order)

    assert_equal([1], posts.map(&:id))
  end

  def test_in_order_of_with_out_of_bound_integer_does_not_match_nulls
    Book.destroy_all
    in_range = Book.create!(format_record_id: 5)
    Book.create!(format_record_id: nil)
    max_integer = Book.type_for_attribute(:format_record_id).send(:max_value)

    books = Book.in_order_of(:format_record_id, [max_integer + 1, 5])

    # The out-of-range value is ignored, not turned into an IS NULL match that
    # would return the row with a nil format_record_id.
    assert_equal([in_range.id], books.ids)
  end

  def test_in_order_of_with_unknown_enum_key_does_not_match_nulls
    Book.destroy_all
    single = Book.create!(nullable_status: :single)
    married = Book.create!(nullable_status: :married)
    Book.create!(nullable_status: nil)

    books = Book.in_order_of(:nullable_status, [:married, :bogus, :single])

    # The unknown enum key is ignored, not turned into an IS NULL match that
    # would return the nil-status row.
    assert_equal([married.id, single.id], books.ids)
  end

  def test_in_order_of_with_only_unrepresentable_values_does_not_build_empty_case
    Book.destroy_all
    Book.create!(nullable_status: :single)
    Book.create!(nullable_status: nil)

    assert_empty(Book.in_order_of(:nullable_status, [:bogus], filter: false).ids)
    assert_empty(Book.in_order_of(:nullable_status, [:bogus]).ids)
  end

  def test_in_order_of_with_array_values
    order = [3, [5, 2], [4, 7], 1]
    posts = Post.in_order_of(:id, order).order(id: :asc)

    assert_equal([3, 2, 5, 4, 7, 1], posts.map(&:id))
  end

  def test_in_order_of_with_array_values_with_nil
    Book.destroy_all
    Book.create!(format: "paperback")
    Book.create!(format: "ebook")
    Book.create!(format: nil)
    Book.create!(format: "letter")
    Book.create!(format: "digital")

    order = ["ebook", ["paperback", nil, "digital"], "letter"]
    books = Book.in_order_of(:format, order).order(Book.arel_table[:format].desc.nulls_last)
    assert_equal(["ebook", "paperback", "digital", nil, "letter"], books.map(&:format))
  end

  if ActiveRecord::Base.lease_connection.supports_common_table_expressions?
    def test_in_order_of_with_column_from_cte
      Book.destroy_all
      Book.create!(format: "paperback")
      Book.create!(format: "ebook")
      Book.create!(format: "hardcover")

      cte = Book.select(:id, format: :book_format)
      order = ["hardcover", "paperback", "ebook"]

      books = Book
        .with(cte_books: cte)
        .from("cte_books")
        .select(:id, :book_format)
        .in_order_of(:book_format, order)

      assert_equal(order, books.map(&:book_format))
    end
  end
end
