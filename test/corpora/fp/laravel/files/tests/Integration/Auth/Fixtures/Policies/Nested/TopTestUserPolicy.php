<?php

namespace Illuminate\Tests\Integration\Auth\Fixtures\Policies\Nested;

class TopTestUserPolicy
{
    //
}
