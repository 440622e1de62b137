from django.urls import path
from rest_framework.routers import SimpleRouter

from .views import CategoryViewSet, CommentViewSet, PostViewSet, TagViewSet, UserViewSet

app_name = "blog"

router = SimpleRouter()
router.register("users", UserViewSet, basename="user")
router.register("categories", CategoryViewSet, basename="category")
router.register("tags", TagViewSet, basename="tag")
router.register("posts", PostViewSet, basename="post")
router.register("comments", CommentViewSet, basename="comment")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "users/<int:parent_pk>/posts/",
        PostViewSet.as_view({"get": "list"}, parent_field="author"),
        name="user-posts",
    ),
    path(
        "users/<int:parent_pk>/comments/",
        CommentViewSet.as_view({"get": "list"}, parent_field="author"),
        name="user-comments",
    ),
    path(
        "categories/<int:parent_pk>/posts/",
        PostViewSet.as_view({"get": "list"}, parent_field="category"),
        name="category-posts",
    ),
    path(
        "tags/<int:parent_pk>/posts/",
        PostViewSet.as_view({"get": "list"}, parent_field="tags"),
        name="tag-posts",
    ),
    path(
        "posts/<uuid:parent_pk>/comments/",
        CommentViewSet.as_view({"get": "list"}, parent_field="post"),
        name="post-comments",
    ),
]
