<?php

class MigrationCreatorFakeMigration
{
    //
}
