import type { CatalogReader } from '../catalog/catalog-reader.js';
import type { CredentialsReader } from '../credentials/credentials-reader.js';

/** Whether the person authors one of the program's courses (two batch reads, any program). */
export async function authorsOneOfProgramCourses(
  credentials: CredentialsReader,
  catalog: CatalogReader,
  programId: string,
  userId: string,
): Promise<boolean> {
  const [courseIds = []] = await credentials.courseIdsByProgramIds([programId]);
  if (courseIds.length === 0) return false;
  const authors = await catalog.authorsByCourseIds(courseIds);
  return authors.some((group) => group.some((author) => author.userId === userId));
}
