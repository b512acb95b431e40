$key = 'gmUGWxhQW9KQWdhd0lCQVFRZ0ViVnpwrLzZYdDJPNG1PQjYxMXNPaFJ1
JKhbJygU7REwsRduuhhUGui6T6=='
define( 'PASSWORD' , '2Arh5dA1Sn0ywiVYdnpwr3aLzZDJPNG' );
'access_id'  => 'LTAIuck0vKQhmLADiTvgmcyCKKXN',
'access_key' => '8zBhTTWfBKWP9hJ8wunD7zMaEvWOGg',
