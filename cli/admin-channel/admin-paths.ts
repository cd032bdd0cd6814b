/** The admin channel's one route, shared by the server and the client. */
export const OPERATIONS_PATH = '/operations/';
