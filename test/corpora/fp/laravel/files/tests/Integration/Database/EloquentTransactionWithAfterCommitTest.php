<?php

namespace Illuminate\Tests\Integration\Database;

class EloquentTransactionWithAfterCommitTest extends DatabaseTestCase
{
    use EloquentTransactionWithAfterCommitTests;
}
