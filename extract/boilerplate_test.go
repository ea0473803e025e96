package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBoilerplateClassLiterals checks the literal matcher against the
// regexp it stands for.
func TestBoilerplateClassLiterals(t *testing.T) {
	for _, s := range []string{"", " ", "article-body", "ArticleCaption", "read-more", "readmore", "share-bar", "sharebar",
		"post_tags", "nav ads", "adsense", "head", "c-comments__list", "comment-body", "user-login", "loginbox",
		"AUTHOR-INFO", "author_info", "author-box", "post-author-bio", "about-the-author", "author_bio", "author", "c-letters-cta", "wprm-recipe-print", "no-print", "printer", "blueprint", "related-stories", "Modal open", "story-credit", "content gallery-intro"} {
		assert.Equal(t, boilerplateClass.MatchString(s) && s != " ", isBoilerplateClass(s), s)
	}
}

func TestModifierClassNames(t *testing.T) {
	tests := []struct {
		class string
		want  bool
	}{
		{"contentHeader contentHeader--articleHeader has-sharing", false},
		{"page with-ads", false},
		{"has_comments", false},
		{"sharing has-comments", true},
		{"no-print", true},
		{"article-share", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isBoilerplateClass(tt.class), tt.class)
	}
}
