import { Args, Query, Resolver } from '@nestjs/graphql';
import { renderLessonMarkdown } from '@fascicle/catalog';
import { Role } from '@fascicle/common';
import { InvalidInputError } from '../common/errors/domain-error.js';
import { Roles } from '../identity/auth/decorators.js';

/** The lesson body's limit (AddLessonInput.bodyMarkdown). */
const MAX_MARKDOWN = 100_000;

/**
 * The live preview beside the lesson editor: the author's unsaved Markdown through the same
 * renderer and sanitizer as the lesson reader, so the preview cannot disagree with what
 * learners will see. Instructors only; nothing is stored.
 */
@Roles(Role.INSTRUCTOR)
@Resolver()
export class MarkdownPreviewResolver {
  @Query(() => String, {
    description:
      'Lesson Markdown rendered as learners will see it (sanitized HTML), for the editor preview',
  })
  previewLessonMarkdown(@Args('markdown') markdown: string): string {
    if (markdown.length > MAX_MARKDOWN) {
      throw InvalidInputError.of(
        'markdown',
        `The lesson text is ${markdown.length} characters; a lesson may have ${MAX_MARKDOWN}`,
      );
    }
    return renderLessonMarkdown(markdown);
  }
}
