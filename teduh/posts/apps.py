from django.apps import AppConfig


class PostsConfig(AppConfig):
    name = "teduh.posts"
    label = "posts"
