import { ApiError, defineApi } from '../contract/index.js';
import { ui } from '../ui/overlays.js';

export interface ShowActionSheetOptions {
  /** The actions, 1 to 6 of them, as in the Mini App. */
  itemList: string[];
  /** A line above the actions. */
  alertText?: string;
  /** Text colour of the actions (any CSS colour; WeChat's default is black). */
  itemColor?: string;
}

export interface ShowActionSheetSuccess {
  /** The index of the chosen action. */
  tapIndex: number;
}

/** `wx.showActionSheet`: the Mini App action sheet; Cancel → `showActionSheet:fail cancel`. */
export const showActionSheet = defineApi<ShowActionSheetOptions, ShowActionSheetSuccess>({
  name: 'showActionSheet',
  schema: {
    itemList: {
      type: 'Array',
      required: true,
      expect: (list: unknown[]) =>
        list.length >= 1 && list.length <= 6 && list.every((item) => typeof item === 'string')
          ? undefined
          : 'Array of 1 to 6 Strings',
    },
    alertText: { type: 'String' },
    itemColor: { type: 'String' },
  },
  async run({ itemList, alertText, itemColor }) {
    const answer = await ui.actionSheet({ heading: alertText, items: itemList, itemColor });
    if (answer === null) throw new ApiError('cancel');
    return { tapIndex: answer.index };
  },
});
