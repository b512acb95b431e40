<?php

namespace Illuminate\Tests\Integration\Auth\Fixtures\Models\Policies\Nested;

class SubTestUserPolicy
{
    //
}
