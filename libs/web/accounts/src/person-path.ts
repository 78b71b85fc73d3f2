/** Where a person's profile is: @mentions (`[@Name](/people/<id>)`) and member lists link here. */
export function personPath(userId: string): string {
  return `/people/${userId}`;
}
