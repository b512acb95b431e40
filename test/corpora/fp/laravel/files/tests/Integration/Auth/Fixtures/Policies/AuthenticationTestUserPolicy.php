<?php

namespace Illuminate\Tests\Integration\Auth\Fixtures\Policies;

class AuthenticationTestUserPolicy
{
    //
}
