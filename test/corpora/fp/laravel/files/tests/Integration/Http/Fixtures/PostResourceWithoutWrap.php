<?php

namespace Illuminate\Tests\Integration\Http\Fixtures;

class PostResourceWithoutWrap extends PostResource
{
    public static $wrap = null;
}
